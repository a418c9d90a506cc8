import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { createInstitution, createUser, unique, validCreditCode } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError, fieldErrors, withoutLanguageOtherThan } from '../../helpers/validation'

/**
 * Messages reach each reader in their language: the admin's cookie or an Accept-Language header picks Chinese or
 * English; an API client that asks for none gets both, 「中文 / English」.
 */

const ENGLISH = { 'Accept-Language': 'en-US,en;q=0.9' }
const CHINESE_ADMIN = { cookie: 'payload-lng=zh' }
const ENGLISH_ADMIN = { cookie: 'payload-lng=en', 'Accept-Language': 'zh-CN' }

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)
const hasEnglishWords = (text: string) => /[A-Za-z]{3,} [A-Za-z]{2,}/.test(text)

let payload: Payload
let office: SignedInUser
let editor: SignedInUser

const badCreditCode = (headers?: Record<string, string>) =>
  rest('POST', '/institutions', {
    token: office.token,
    headers,
    body: { name: unique('坏码局'), kind: 'department', creditCode: validCreditCode().slice(0, 17) },
  })

const creditCodeMessage = (response: Awaited<ReturnType<typeof badCreditCode>>) => {
  expect(response.status, response.text).toBe(400)
  return fieldErrors(response).find((error) => error.path === 'creditCode')!.message
}

beforeAll(async () => {
  payload = await getTestPayload()
  const institution = await createInstitution(payload)
  office = await createUser(payload, { roles: ['disclosure-office'] })
  editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
})

describe('field validation messages', () => {
  it('should answer a client that asks for no language in both languages', async () => {
    const message = creditCodeMessage(await badCreditCode())
    expect(message).toContain('应为 18 位')
    expect(message).toContain('must be 18 characters')
  })

  it('should answer an English Accept-Language in English only', async () => {
    const response = await badCreditCode(ENGLISH)
    expectFieldError(response, 'creditCode', 'must be 18 characters')
    withoutLanguageOtherThan(response, 'creditCode', 'en')
  })

  it('should answer the Chinese admin (its language cookie) in Chinese only', async () => {
    const response = await badCreditCode(CHINESE_ADMIN)
    expectFieldError(response, 'creditCode', '应为 18 位')
    withoutLanguageOtherThan(response, 'creditCode', 'zh')
  })

  it('should follow the language cookie over the browser’s Accept-Language, as Payload does', async () => {
    const message = creditCodeMessage(await badCreditCode(ENGLISH_ADMIN))
    expect(message).toContain('must be 18 characters')
    expect(hasChinese(message), message).toBe(false)
  })

  it('should translate the top message of a refused write as well', async () => {
    const response = await badCreditCode(ENGLISH)
    expect(response.json.errors[0].message).toMatch(/^The following field is invalid/)
    const chinese = await badCreditCode(CHINESE_ADMIN)
    expect(hasEnglishWords(chinese.json.errors[0].message), chinese.json.errors[0].message).toBe(false)
  })

  it('should say in the top message why each field was refused, not only which', async () => {
    const refused = async (headers: Record<string, string>) =>
      (await rest('PATCH', `/users/${editor.id}`, { token: editor.token, headers, body: { password: 'password1234' } }))
        .json.errors[0].message as string
    expect(await refused(CHINESE_ADMIN)).toBe('下面的字段是无效的：密码（密码过于常见或有规律，容易被猜中，请换一个）')
    expect(await refused(ENGLISH)).toBe(
      'The following field is invalid: Password (the password is too common or too regular to resist guessing; choose another)',
    )
  })
})

describe('errors thrown by hooks and endpoints', () => {
  it('should answer a refusal thrown in a hook in the asked language', async () => {
    const body = { title: unique('信息'), _status: 'published' }
    const english = await rest('POST', '/disclosure-items', { token: editor.token, headers: ENGLISH, body })
    expect(english.status).toBeGreaterThanOrEqual(400)
    expect(english.status).toBeLessThan(500)
    const chinese = await rest('POST', '/disclosure-items', { token: editor.token, headers: CHINESE_ADMIN, body })
    for (const entry of english.json.errors) expect(hasChinese(JSON.stringify(entry)), english.text).toBe(false)
    expect(hasEnglishWords(chinese.json.errors[0].message), chinese.text).toBe(false)
  })

  it('should answer a custom endpoint’s own refusal in the asked language and in both without one', async () => {
    const item = await payload
      .create({
        collection: 'disclosure-items',
        data: { title: unique('信息'), _status: 'draft' },
        draft: true,
        depth: 0,
        overrideAccess: true,
        context: {},
      })
      .catch(() => null)
    const path = `/disclosure-items/${item?.id ?? 999999}/workflow`
    const english = await rest('POST', path, { token: office.token, headers: ENGLISH, body: {} })
    const both = await rest('POST', path, { token: office.token, body: {} })
    expect(english.status).toBe(both.status)
    expect(english.json.errors[0].message).toMatch(/[A-Za-z]/)
    expect(hasChinese(english.json.errors[0].message), english.text).toBe(false)
    expect(both.json.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/)
  })
})

describe('Payload’s own English-only messages', () => {
  const hiddenFieldQuery = '/users?where[email][equals]=nobody@test.local'

  it('should say in Chinese that a path cannot be queried in the Chinese admin', async () => {
    const response = await rest('GET', hiddenFieldQuery, { token: editor.token, headers: CHINESE_ADMIN })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toBe('以下字段不能用于查询：email')
  })

  it('should say it in English in English and in both to a client that asked for none', async () => {
    const english = await rest('GET', hiddenFieldQuery, { token: editor.token, headers: ENGLISH })
    expect(english.json.errors[0].message).toBe('The following paths cannot be queried: email')
    const both = await rest('GET', hiddenFieldQuery, { token: editor.token })
    expect(both.json.errors[0].message).toBe(
      '以下字段不能用于查询：email / The following paths cannot be queried: email',
    )
  })

  it('should translate them in GraphQL too', async () => {
    const query = `{ Users(where: { email: { equals: "nobody@test.local" } }) { docs { id } } }`
    const chinese = await graphql(query, { token: editor.token, headers: CHINESE_ADMIN })
    expect(chinese.json.errors?.[0]?.message).toBe('以下字段不能用于查询：email')
    const english = await graphql(query, { token: editor.token, headers: ENGLISH })
    expect(english.json.errors?.[0]?.message).toBe('The following paths cannot be queried: email')
  })
})

describe('GraphQL validation messages', () => {
  it('should answer field errors in the asked language', async () => {
    const mutation = `mutation ($data: mutationInstitutionInput!) { createInstitution(data: $data) { id } }`
    const variables = {
      data: { name: unique('坏码局'), kind: 'department', creditCode: validCreditCode().slice(0, 17) },
    }
    const english = await graphql(mutation, { token: office.token, variables, headers: ENGLISH })
    const fieldMessage = (result: typeof english) =>
      (result.json.errors?.[0]?.extensions?.data?.errors ?? [])[0]?.message as string
    expect(fieldMessage(english)).toContain('must be 18 characters')
    expect(hasChinese(fieldMessage(english))).toBe(false)
    const both = await graphql(mutation, { token: office.token, variables })
    expect(fieldMessage(both)).toContain('应为 18 位')
    expect(fieldMessage(both)).toContain('must be 18 characters')
  })
})
