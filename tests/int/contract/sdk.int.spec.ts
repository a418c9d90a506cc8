import type { Payload, Where } from 'payload'

import { PayloadSDKError } from 'payload-rest-sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DisclosureItem } from '../../../payload-types'
import type { Office } from '../workflow-approval/steps'

import { closePayload } from '../../../src/lib/database/closePayload'
import { lexical, TEST_PASSWORD, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { config, getTestPayload } from '../../helpers/payload'
import { sdkFor } from '../../helpers/sdk'
import { createOffice, workflowSteps } from '../workflow-approval/steps'

/**
 * A portal builder's client, Payload's own REST SDK, against the whole app: what it sends (qs `where`, sort,
 * limit, draft, JSON bodies, the JWT header) and what it makes of the answers (documents, pages, errors).
 */
const sdk = sdkFor(config)
const { draftItem, approveAll } = workflowSteps(rest)

let payload: Payload
let office: Office
let marker: string
const published: Array<{ id: number; title: string }> = []

const rejection = async (promise: Promise<unknown>): Promise<PayloadSDKError> => {
  try {
    await promise
  } catch (err) {
    if (err instanceof PayloadSDKError) return err
    throw err
  }
  throw new Error('expected the SDK to throw')
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  marker = unique('SDK')
  for (const letter of ['A', 'B']) {
    const item = await draftItem(office, { title: `${marker} ${letter}` })
    await approveAll(office, item.id)
    published.push({ id: item.id, title: `${marker} ${letter}` })
  }
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the REST API through Payload’s REST SDK', () => {
  it('should find published documents anonymously with where, sort, limit and page', async () => {
    const where: Where = { and: [{ title: { like: marker } }, { institution: { equals: office.institutionId } }] }
    const first = await sdk.find({ collection: 'disclosure-items', where, sort: '-title', limit: 1, depth: 0 })
    expect(first.totalDocs).toBe(2)
    expect(first.totalPages).toBe(2)
    expect(first.hasNextPage).toBe(true)
    expect(first.docs.map((doc) => doc.title)).toEqual([`${marker} B`])
    const second = await sdk.find({ collection: 'disclosure-items', where, sort: '-title', limit: 1, page: 2 })
    expect(second.docs.map((doc) => doc.title)).toEqual([`${marker} A`])
    expect(second.docs[0]!._status).toBe('published')
  })

  it('should select fields, read by id and count anonymously', async () => {
    const selected = await sdk.find({
      collection: 'disclosure-items',
      where: { title: { like: marker } },
      select: { title: true },
      limit: 10,
    })
    expect(selected.docs).toHaveLength(2)
    for (const doc of selected.docs) expect(Object.keys(doc).sort()).toEqual(['id', 'title'])

    const one = await sdk.findByID({ collection: 'disclosure-items', id: published[0]!.id, depth: 1 })
    expect(one.title).toBe(published[0]!.title)
    // depth 1: the institution is populated.
    expect(one.institution).toMatchObject({ id: office.institutionId })

    const { totalDocs } = await sdk.count({ collection: 'disclosure-items', where: { title: { like: marker } } })
    expect(totalDocs).toBe(2)
  })

  it('should refuse an anonymous page of more than 100 as a 400 naming limit', async () => {
    const error = await rejection(sdk.find({ collection: 'disclosure-items', limit: 101 }))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/limit/)
    expect(JSON.stringify(error.errors)).toContain('limit')
  })

  it('should sign an editor in, create a draft, update it, read it back, and sign out', async () => {
    const login = await sdk.login({
      collection: 'users',
      data: { email: office.cast.editor.email, password: TEST_PASSWORD },
    })
    expect(login.token).toEqual(expect.any(String))
    expect(login.user.roles).toContain('editor')
    const signedIn = { headers: { Authorization: `JWT ${login.token}` } }

    const me = await sdk.me({ collection: 'users' }, signedIn)
    expect(me.user?.email).toBe(office.cast.editor.email)

    const created = await sdk.create(
      {
        collection: 'disclosure-items',
        draft: true,
        data: {
          title: unique('SDK 草稿'),
          institution: office.institutionId,
          dateMade: '2026-01-05',
          theme: office.themeId,
          body: lexical('正文') as DisclosureItem['body'],
          disclosureMethod: 'proactive',
          _status: 'draft',
        },
      },
      signedIn,
    )
    expect(created._status).toBe('draft')

    const title = unique('SDK 修改后')
    const updated = await sdk.update(
      { collection: 'disclosure-items', id: created.id, draft: true, data: { title } },
      signedIn,
    )
    expect(updated.title).toBe(title)

    const readBack = await sdk.findByID({ collection: 'disclosure-items', id: created.id, draft: true }, signedIn)
    expect(readBack.title).toBe(title)

    // The draft is nobody else's business.
    const anonymous = await rejection(sdk.findByID({ collection: 'disclosure-items', id: created.id }))
    expect(anonymous.status).toBe(404)

    const logout = await sdk.request({ method: 'POST', path: '/users/logout', init: signedIn })
    expect(logout.status).toBe(200)
    const after = await sdk.me({ collection: 'users' }, signedIn)
    expect(after.user).toBeNull()
    const refused = await rejection(
      sdk.update({ collection: 'disclosure-items', id: created.id, draft: true, data: { title: 'x' } }, signedIn),
    )
    expect(refused.status).toBe(403)
  })
})
