import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { InputRefused } from '../../../src/lib/platform/input/inputRefused'
import {
  createInstitution,
  createUser,
  ensureCategory,
  lexical,
  lexicalLink,
  lexicalParagraph,
  unique,
} from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError, withoutLanguageOtherThan } from '../../helpers/validation'

/**
 * Text no field may hold, refused in one place for every collection and global (collections/hooks/
 * rejectMalformedInput.ts, src/lib/platform/input/unsafeText.ts): the NUL character, which PostgreSQL refuses
 * (a 500 before), and links in rich text to schemes other than http(s), mailto, tel or the site's own.
 * The per-collection matrix (top-level text and rich text of every collection) is in bad-input.int.spec.ts.
 */
let payload: Payload
let office: SignedInUser
let institutionId: number
let themeId: number

const NUL = '\u0000'

const linkDocument = (url: string) => lexicalParagraph([lexicalLink(url)])

const item = () => ({
  title: unique('信息'),
  institution: institutionId,
  dateMade: '2024-01-05',
  theme: themeId,
  body: lexical('正文'),
  disclosureMethod: 'proactive',
  _status: 'draft',
})

const service = () => ({
  name: unique('事项'),
  serviceType: 'licensing',
  institution: institutionId,
  _status: 'draft',
})

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  institutionId = (await createInstitution(payload)).id
  themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id as number
})

describe('the NUL character', () => {
  it('should be refused in a row of an array, naming the row field, in both languages for a client that asks for none', async () => {
    const response = await rest('POST', '/approval-services?draft=true', {
      token: office.token,
      body: {
        ...service(),
        materials: [
          { name: '身份证', form: ['original'] },
          { name: `营业${NUL}执照`, form: ['copy'] },
        ],
      },
    })
    expectFieldError(response, 'materials.1.name', '空字符', 'NUL character')
  })

  it('should be refused in a group, in the language the client asks for', async () => {
    const created = await rest('POST', '/approval-services?draft=true', { token: office.token, body: service() })
    expect(created.status, created.text).toBe(201)
    const english = await rest('PATCH', `/approval-services/${created.json.doc.id}?draft=true`, {
      token: office.token,
      body: { legalTimeLimit: { note: `工作日${NUL}` } },
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    })
    expect(english.status, english.text).toBe(400)
    const path = english.json.errors[0].data.errors[0].path as string
    expect(path.startsWith('legalTimeLimit')).toBe(true)
    expectFieldError(english, path, 'NUL character')
    withoutLanguageOtherThan(english, path, 'en')
    const chinese = await rest('PATCH', `/approval-services/${created.json.doc.id}?draft=true`, {
      token: office.token,
      body: { name: `名${NUL}称` },
      headers: { cookie: 'payload-lng=zh' },
    })
    expectFieldError(chinese, 'name', '空字符')
    withoutLanguageOtherThan(chinese, 'name', 'zh')
  })

  it('should be refused inside rich text, naming the rich text field', async () => {
    const response = await rest('POST', '/disclosure-items?draft=true', {
      token: office.token,
      body: { ...item(), body: lexical(`第一段${NUL}`) },
    })
    expectFieldError(response, 'body', 'NUL')
  })

  it('should be refused in the site settings global', async () => {
    const response = await rest('POST', '/globals/site-settings', {
      token: office.token,
      body: { governmentName: `示例市${NUL}人民政府` },
    })
    expectFieldError(response, 'governmentName', 'NUL')
  })

  it('should be refused by a GraphQL mutation, naming the field, storing nothing', async () => {
    const title = unique('标题')
    const data = { ...item(), title: `${title}${NUL}` }
    const result = await graphql(
      `
        mutation ($data: mutationDisclosureItemInput!) {
          createDisclosureItem(data: $data, draft: true) {
            id
          }
        }
      `,
      { token: office.token, variables: { data } },
    )
    const error = result.json.errors?.[0]
    expect(error?.extensions?.statusCode, JSON.stringify(result.json)).toBe(400)
    expect(error?.extensions?.data?.errors?.[0]?.path).toBe('title')
    const stored = await payload.count({
      collection: 'disclosure-items',
      where: { title: { like: title } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('should be refused by the Local API with an InputRefused error', async () => {
    await expect(
      payload.create({ collection: 'categories', data: { kind: 'genre', code: unique('G'), name: `类${NUL}` } }),
    ).rejects.toBeInstanceOf(InputRefused)
  })
})

describe('links in rich text', () => {
  it.each(['https://www.gov.cn/zhengce/', 'mailto:office@example.gov.cn', 'tel:12345', '/catalogue?page=2', '#top'])(
    'should accept %s',
    async (url) => {
      const response = await rest('POST', '/disclosure-items?draft=true', {
        token: office.token,
        body: { ...item(), body: linkDocument(url) },
      })
      expect(response.status, response.text).toBe(201)
    },
  )

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    '//evil.example.com/',
    'file:///etc/passwd',
  ])('should refuse %s, naming the field', async (url) => {
    const response = await rest('POST', '/disclosure-items?draft=true', {
      token: office.token,
      body: { ...item(), body: linkDocument(url) },
    })
    expectFieldError(response, 'body', '链接', 'not allowed')
  })

  it('should refuse a data: link in another collection through GraphQL', async () => {
    const created = await rest('POST', '/institutions', {
      token: office.token,
      body: { name: unique('机构'), kind: 'department', _status: 'draft' },
    })
    const id = created.json?.doc?.id ?? (await createInstitution(payload)).id
    const result = await graphql(
      `
        mutation ($id: Int!, $data: mutationInstitutionUpdateInput!) {
          updateInstitution(id: $id, data: $data, draft: true) {
            id
          }
        }
      `,
      { token: office.token, variables: { id, data: { functions: linkDocument('data:text/html,x') } } },
    )
    const error = result.json.errors?.[0]
    expect(error?.extensions?.statusCode, JSON.stringify(result.json)).toBe(400)
    expect(error?.extensions?.data?.errors?.[0]?.path).toBe('functions')
  })
})
