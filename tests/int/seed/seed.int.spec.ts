import type { CollectionSlug, Payload, Where } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../../collections/slugs'
import { checkCreditCode } from '../../../collections/validation/creditCode'
import { seedDemoData } from '../../../seed'
import { serviceImplementationCodes } from '../../../seed/data/approvalServices'
import { itemDefinitions } from '../../../seed/data/disclosureItems'
import { departments, government } from '../../../seed/data/institutions'
import { policies } from '../../../seed/data/policies'
import { demoUsers } from '../../../seed/data/users'
import { getTestPayload } from '../../helpers/payload'

// Other suites write to the same database at the same time: count only what the seed owns, by natural key.
const itemTitles = itemDefinitions().map(({ title }) => title)
const institutionNames = [government, ...departments].map(({ name }) => name)

let payload: Payload
let secondRunLog: string[]

const count = async (collection: CollectionSlug, where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoData({ payload, log: () => {} })
  secondRunLog = []
  await seedDemoData({ payload, log: (message) => secondRunLog.push(message) })
}, 180_000)

describe('demo data seed', () => {
  it('should create the documents the issue asks for, once each', async () => {
    expect(policies.length).toBeGreaterThanOrEqual(20)
    expect(await count(slugs.policies, { title: { in: policies.map(({ title }) => title) } })).toBe(policies.length)
    expect(await count(slugs.approvalServices, { implementationCode: { in: serviceImplementationCodes() } })).toBe(30)
    expect(await count(slugs.disclosureItems, { title: { in: itemTitles } })).toBe(200)
    expect(await count(slugs.users, { email: { in: demoUsers.map(({ email }) => email) } })).toBe(7)
    expect(await count(slugs.institutions, { name: { in: institutionNames } })).toBe(institutionNames.length)
  })

  it('should write nothing on the second run', () => {
    const summaries = secondRunLog.filter((line) => /\(created \d+, updated \d+, unchanged \d+\)/.test(line))
    expect(summaries.length).toBeGreaterThan(0)
    for (const line of summaries) expect(line).toMatch(/created 0, updated 0,/)
  })

  it('should give every institution a valid credit code', async () => {
    const { docs } = await payload.find({
      collection: slugs.institutions,
      where: { name: { in: institutionNames } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const { name, creditCode } of docs) expect({ name, check: checkCreditCode(creditCode ?? '') }).toEqual({ name, check: { isValid: true } })
  })

  it('should carry the real city name and no gambling spam from the fixture', async () => {
    const { docs } = await payload.find({
      collection: slugs.disclosureItems,
      where: { title: { in: itemTitles } },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const text = JSON.stringify(docs)
    expect(text).not.toMatch(/uedbet/i)
    const report = docs.find(({ title }) => title.includes('2011年政府信息公开年度报告'))
    expect(JSON.stringify(report?.body)).toContain('扎兰屯市人民政府门户网站')
  })

  it('should skip when asked to seed only an empty catalogue', async () => {
    const log: string[] = []
    await seedDemoData({ payload, log: (message) => log.push(message), onlyIfEmpty: true })
    expect(log).toEqual(['seed: skipped, the catalogue already has disclosure items'])
  })
})
