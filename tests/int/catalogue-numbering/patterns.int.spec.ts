import type { Payload } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { getTestPayload, rest } from '../../helpers/domainConfig'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { currentYear, publishableItem, publishItem } from './items'
import { expectRefused } from './refusals'

const SETTINGS = 'catalogue-numbering-settings'

let payload: Payload
let theme: number
let office: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  theme = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

/** Numbers the item as if it were published at `publishedAt` (the backfill path's date). */
const publishedAt = (publishedAt: string) => ({ catalogueBackfillPublishedAt: publishedAt })

/** A category code of its own, so this file's {category} counters are nobody else's. */
const themeWithCode = async () => {
  const code = unique('PT').toUpperCase()
  return ensureCategory(payload, 'theme', code, `主题 ${code}`)
}

describe('per-institution patterns', () => {
  it('should number with the institution’s own pattern: orgCode, division, year and month', async () => {
    const institution = await createInstitution(payload, {
      indexNumberPattern: '{orgCode}-{division}/{yyyy}{mm}-{serial:6}',
    })
    const creditCode = institution.creditCode!
    const march = await publishItem(payload, {
      institution: institution.id,
      theme,
      dateMade: '2026-03-15T10:00:00+08:00',
    })
    expect(march.indexNumber).toBe(`${creditCode.slice(8, 17)}-${creditCode.slice(2, 8)}/202603-000001`)
  })

  it('should fill {category} with the theme’s code, one counter per category', async () => {
    const institution = await createInstitution(payload, {
      indexNumberPattern: '{orgCode}-{category}-{yyyy}-{serial:4}',
    })
    const orgCode = institution.creditCode!.slice(8, 17)
    const [first, second] = [await themeWithCode(), await themeWithCode()]
    const numbers = []
    for (const category of [first, first, second]) {
      const item = await publishItem(payload, {
        institution: institution.id,
        theme: category.id,
        dateMade: '2026-05-01T09:00:00+08:00',
      })
      numbers.push(item.indexNumber)
    }
    expect(numbers).toEqual([
      `${orgCode}-${first.code}-2026-0001`,
      `${orgCode}-${first.code}-2026-0002`,
      `${orgCode}-${second.code}-2026-0001`,
    ])
  })

  it('should apply a changed pattern to numbers issued from then on, never to numbers already given', async () => {
    const institution = await createInstitution(payload)
    const before = await publishItem(payload, { institution: institution.id, theme })
    await payload.update({
      collection: 'institutions',
      id: institution.id,
      data: { indexNumberPattern: '{orgCode}-{yyyy}-{serial:3}' },
    })
    const after = await publishItem(payload, { institution: institution.id, theme })
    expect(after.indexNumber).toBe(`${institution.creditCode!.slice(8, 17)}-${currentYear()}-001`)
    const republished = await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: before.id,
      data: { title: unique('再发布') },
      depth: 0,
    })
    expect(republished.indexNumber).toBe(before.indexNumber)
  })
})

describe('the office-wide default pattern', () => {
  it('should number with the settings global’s default when the institution has none', async () => {
    const plain = await createInstitution(payload)
    const ownPattern = await createInstitution(payload, { indexNumberPattern: '{orgCode}~{yyyy}~{serial:3}' })
    const dateMade = '2026-07-01T09:00:00+08:00'
    const settingsBefore = await payload.findGlobal({ slug: SETTINGS, depth: 0 })
    // The global is shared by every test file running now: it is changed only inside a transaction that
    // is rolled back, so other files never see it, while this file's publishes (in the same transaction)
    // are numbered as the hook sees the global then.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await payload.updateGlobal({
        slug: SETTINGS,
        data: { defaultPattern: '{creditCode}-{yyyy}{mm}-{serial:4}' },
        req,
      })
      const byDefault = await payload.create({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        data: publishableItem({ institution: plain.id, theme, dateMade }),
        depth: 0,
        req,
      })
      expect(byDefault.indexNumber).toBe(`${plain.creditCode}-202607-0001`)
      const byOwn = await payload.create({
        context: systemPublishContext(),
        collection: 'disclosure-items',
        data: publishableItem({ institution: ownPattern.id, theme, dateMade }),
        depth: 0,
        req,
      })
      expect(byOwn.indexNumber).toBe(`${ownPattern.creditCode!.slice(8, 17)}~2026~001`)
    } finally {
      await killTransaction(req)
    }
    // Rolled back: the settings as they were, so the built-in default numbers again.
    expect((await payload.findGlobal({ slug: SETTINGS, depth: 0 })).defaultPattern).toBe(settingsBefore.defaultPattern)
    const afterwards = await publishItem(payload, { institution: plain.id, theme, dateMade })
    expect(afterwards.indexNumber).toBe(`${plain.creditCode}/2026-00001`)
  })
})

describe('patterns that cannot make unique numbers', () => {
  it('should refuse an institution pattern without {serial:N}', async () => {
    const institution = await createInstitution(payload)
    const response = await rest('PATCH', `/institutions/${institution.id}`, {
      token: office.token,
      body: { indexNumberPattern: '{creditCode}/{yyyy}' },
    })
    expectRefused(response, 'indexNumberPattern', '{serial:N}', 'cannot be unique')
    const stored = await payload.findByID({ collection: 'institutions', id: institution.id, depth: 0 })
    expect(stored.indexNumberPattern ?? null).toBeNull()
  })

  it('should refuse a default pattern without {serial:N} in the settings', async () => {
    const before = await payload.findGlobal({ slug: SETTINGS, depth: 0 })
    const response = await rest('POST', `/globals/${SETTINGS}`, {
      token: office.token,
      body: { defaultPattern: '{creditCode}/{yyyy}-{mm}' },
    })
    expectRefused(response, 'defaultPattern', '{serial:N}', 'cannot be unique')
    const after = await payload.findGlobal({ slug: SETTINGS, depth: 0 })
    expect(after.defaultPattern).toBe(before.defaultPattern)
  })
})

describe('period rollover', () => {
  it('should start each year at serial 1, reading the date in China Standard Time', async () => {
    const institution = await createInstitution(payload)
    const at = (moment: string) => publishItem(payload, { institution: institution.id, theme, dateMade: moment })
    const lastOf2029 = [await at('2029-12-31T23:58:00+08:00'), await at('2029-12-31T23:59:00+08:00')]
    // 00:01 on New Year's Day in Beijing is still 2029 in UTC.
    const firstOf2030 = await at('2030-01-01T00:01:00+08:00')
    const late2029 = await at('2029-12-31T23:59:59+08:00')
    expect([...lastOf2029, firstOf2030, late2029].map((item) => item.indexNumber)).toEqual([
      `${institution.creditCode}/2029-00001`,
      `${institution.creditCode}/2029-00002`,
      `${institution.creditCode}/2030-00001`,
      `${institution.creditCode}/2029-00003`,
    ])
  })

  it('should start each month at serial 1 when the pattern has {mm}', async () => {
    const institution = await createInstitution(payload, { indexNumberPattern: '{creditCode}/{yyyy}{mm}-{serial:4}' })
    const at = (moment: string) => publishItem(payload, { institution: institution.id, theme, dateMade: moment })
    const numbers = [
      await at('2030-01-31T23:59:00+08:00'),
      await at('2030-02-01T00:00:30+08:00'),
      await at('2030-02-03T12:00:00+08:00'),
    ]
    expect(numbers.map((item) => item.indexNumber)).toEqual([
      `${institution.creditCode}/203001-0001`,
      `${institution.creditCode}/203002-0001`,
      `${institution.creditCode}/203002-0002`,
    ])
  })
})

describe('the number’s date', () => {
  it('should number a document made in 2012 and published now in 2012’s series', async () => {
    const institution = await createInstitution(payload)
    const made2012 = await publishItem(payload, { institution: institution.id, theme, dateMade: '2012-08-20' })
    const madeToday = await publishItem(payload, { institution: institution.id, theme })
    expect([made2012.indexNumber, madeToday.indexNumber]).toEqual([
      `${institution.creditCode}/2012-00001`,
      `${institution.creditCode}/${currentYear()}-00001`,
    ])
  })

  it('should number by the date made, not the publication date, when both are known', async () => {
    const institution = await createInstitution(payload)
    const item = await publishItem(payload, {
      institution: institution.id,
      theme,
      dateMade: '2013-03-01',
      context: publishedAt('2019-05-01T10:00:00+08:00'),
    })
    expect(item.indexNumber).toBe(`${institution.creditCode}/2013-00001`)
  })

  it('should number a policy by its 成文日期', async () => {
    const issuer = await createInstitution(payload)
    const policy = await payload.create({
      context: systemPublishContext(),
      collection: 'policies',
      data: {
        title: unique('关于规范行政事业性收费的通知'),
        level: 'normative-document',
        issuer: issuer.id,
        dateWritten: '2011-12-31T16:30:00.000Z',
        datePublished: '2026-03-01T00:00:00.000Z',
        body: lexical('正文'),
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      depth: 0,
    })
    // 00:30 on 1 January 2012 in Beijing.
    expect(policy.indexNumber).toBe(`${issuer.creditCode}/2012-00001`)
  })

  it('should number a service guide, which has no date made, by its publication date', async () => {
    const institution = await createInstitution(payload)
    const service = await payload.create({
      context: { ...systemPublishContext(), ...publishedAt('2019-05-01T10:00:00+08:00') },
      collection: 'approval-services',
      data: {
        name: unique('个体工商户设立登记'),
        serviceType: 'licensing',
        institution: institution.id,
        legalBasis: '《促进个体工商户发展条例》第八条',
        conditions: lexical('申请人具有经营能力。'),
        materials: [{ name: '个体工商户登记申请书', form: ['original'], count: 1 }],
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      depth: 0,
    })
    expect(service.indexNumber).toBe(`${institution.creditCode}/2019-00001`)
  })
})
