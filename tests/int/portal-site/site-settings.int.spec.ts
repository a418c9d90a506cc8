import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RevalidateTags } from '../../../plugins/portal-publishing/types'

import { createInstitution, createUser, type SignedInUser } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'
import { eventually, portalOptions } from '../portal-publishing/portal'

const SLUG = 'site-settings'

let payload: Payload
let office: SignedInUser
let editor: SignedInUser
let original: RevalidateTags
const calls: string[][] = []

const valid = {
  governmentName: '扎兰屯市人民政府',
  organiser: '扎兰屯市人民政府办公室',
  websiteCode: '1507830001',
  icpNumber: '蒙ICP备05000001号',
  publicSecurityNumber: '蒙公网安备 15078302000001号',
  contact: {
    address: '扎兰屯市中央路24号',
    phone: '0470-3202011',
    email: 'zwgk@zhalantun.example.gov.cn',
    postcode: '162650',
  },
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
  editor = await createUser(payload, { roles: ['editor'], institutions: [(await createInstitution(payload)).id] })
  original = portalOptions(payload).revalidate
  portalOptions(payload).revalidate = (tags) => {
    calls.push(tags)
  }
})

afterAll(() => {
  portalOptions(payload).revalidate = original
})

/**
 * The global is one row shared by every test file of the run (the browser tests show it): writes that
 * need not last are made in a transaction rolled back at the end.
 */
const inRolledBackTransaction = async (work: (req: PayloadRequest) => Promise<void>, as?: SignedInUser) => {
  const user = as
    ? { ...(await payload.findByID({ collection: 'users', id: as.id, depth: 0 })), collection: 'users' as const }
    : undefined
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    await work(req)
  } finally {
    await killTransaction(req)
  }
}

describe('site settings (网站设置)', () => {
  it('should be readable by the public through REST and GraphQL', async () => {
    const stored = await payload.findGlobal({ slug: SLUG, depth: 0 })
    const response = await rest('GET', `/globals/${SLUG}`)
    expect(response.status, response.text).toBe(200)
    expect(response.json.governmentName ?? null).toBe(stored.governmentName ?? null)
    const query = await graphql('{ SiteSetting { governmentName organiser contact { phone } } }')
    expect(query.json.errors, JSON.stringify(query.json.errors)).toBeUndefined()
    expect(query.json.data.SiteSetting.governmentName ?? null).toBe(stored.governmentName ?? null)
  })

  it('should refuse writes by editors and the public, changing nothing', async () => {
    const before = await payload.findGlobal({ slug: SLUG, depth: 0 })
    for (const token of [editor.token, undefined]) {
      const response = await rest('POST', `/globals/${SLUG}`, {
        token,
        body: { ...valid, governmentName: '篡改的名称' },
      })
      expect(response.status, response.text).toBe(403)
    }
    expect((await payload.findGlobal({ slug: SLUG, depth: 0 })).governmentName).toBe(before.governmentName)
  })

  it.each([
    ['websiteCode', { websiteCode: '15078' }, '网站标识码', 'website code'],
    ['icpNumber', { icpNumber: 'ICP 12345' }, 'ICP', 'ICP filing number'],
    ['publicSecurityNumber', { publicSecurityNumber: '公网安备123' }, '公安备案号', 'public security'],
    ['contact.postcode', { contact: { ...valid.contact, postcode: '1626' } }, '邮政编码', 'postcode'],
    ['contact.phone', { contact: { ...valid.contact, phone: 'call us' } }, '电话', 'phone'],
    ['contact.email', { contact: { ...valid.contact, email: 'not-an-email' } }, '', ''],
    ['governmentName', { governmentName: '' }, '', ''],
  ])('should refuse a malformed %s with a 400 naming it', async (path, change, zh, en) => {
    const before = await payload.findGlobal({ slug: SLUG, depth: 0 })
    const response = await rest('POST', `/globals/${SLUG}`, { token: office.token, body: { ...valid, ...change } })
    expectFieldError(response, path, zh, en)
    expect((await payload.findGlobal({ slug: SLUG, depth: 0 })).updatedAt).toBe(before.updatedAt)
  })

  it('should let the disclosure office save it, and make the emblem a public file', async () => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#b71c1c' } })
      .png()
      .toBuffer()
    const emblem = await payload.create({
      collection: 'media',
      data: { alt: '徽标' },
      file: { data, mimetype: 'image/png', name: `emblem-${crypto.randomUUID()}.png`, size: data.length },
      depth: 0,
    })
    expect(emblem.isPublic).toBe(false)
    await inRolledBackTransaction(async (req) => {
      const saved = await payload.updateGlobal({
        slug: SLUG,
        data: { ...valid, emblem: emblem.id },
        overrideAccess: false,
        req,
        depth: 0,
      })
      expect(saved).toMatchObject({ governmentName: valid.governmentName, emblem: emblem.id })
      expect((await payload.findByID({ collection: 'media', id: emblem.id, req, depth: 0 })).isPublic).toBe(true)
    }, office)
  })

  it('should make a replaced emblem private again, in the same transaction', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#1c3cb7' } })
      .png()
      .toBuffer()
    const createEmblem = () =>
      payload.create({
        collection: 'media',
        data: { alt: '徽标' },
        file: { data: png, mimetype: 'image/png', name: `emblem-${crypto.randomUUID()}.png`, size: png.length },
        depth: 0,
      })
    const [old, replacement] = [await createEmblem(), await createEmblem()]
    await inRolledBackTransaction(async (req) => {
      const isPublic = async (id: number) =>
        (await payload.findByID({ collection: 'media', id, req, depth: 0 })).isPublic
      await payload.updateGlobal({ slug: SLUG, data: { ...valid, emblem: old.id }, req, depth: 0 })
      expect(await isPublic(old.id)).toBe(true)
      await payload.updateGlobal({ slug: SLUG, data: { ...valid, emblem: replacement.id }, req, depth: 0 })
      expect([await isPublic(old.id), await isPublic(replacement.id)]).toEqual([false, true])
      await payload.updateGlobal({ slug: SLUG, data: { ...valid, emblem: null }, req, depth: 0 })
      expect(await isPublic(replacement.id)).toBe(false)
    }, office)
  })

  it('should expire every portal page (the site tag) once a change commits, and not for a change rolled back', async () => {
    await inRolledBackTransaction(async (req) => {
      await payload.updateGlobal({ slug: SLUG, data: { ...valid, operator: '回滚的承办单位' }, req, depth: 0 })
    })
    expect(calls.filter((tags) => tags.includes('site'))).toEqual([])
    // A committed write of what is there already (or of the demo values on an empty database): visible to nobody.
    const current = await payload.findGlobal({ slug: SLUG, depth: 0 })
    const { id: _id, updatedAt: _updatedAt, createdAt: _createdAt, ...same } = current
    await payload.updateGlobal({ slug: SLUG, data: current.governmentName ? same : valid, depth: 0 })
    await eventually(async () => calls.some((tags) => tags.includes('site')))
    expect(calls.find((tags) => tags.includes('site'))).toEqual(['site'])
  })
})
