import type { CollectionSlug, Payload, Where } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../../collections/slugs'
import { checkCreditCode } from '../../../collections/validation/creditCode'
import { seedDemoData } from '../../../seed'
import { serviceImplementationCodes } from '../../../seed/data/approvalServices'
import { itemDefinitions } from '../../../seed/data/disclosureItems'
import { departments, government } from '../../../seed/data/institutions'
import { officials } from '../../../seed/data/officials'
import { policies } from '../../../seed/data/policies'
import { demoUsers } from '../../../seed/data/users'
import { roles } from '../../../src/lib/platform/roles'
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

  it('should fill in the site settings once and leave them alone on the next run', async () => {
    // The global is shared with suites running now (the browser tests set their own), so only its being set is checked.
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    expect(settings.governmentName).toBeTruthy()
    expect(settings.organiser).toBeTruthy()
    expect(secondRunLog).toContain('seed: site settings unchanged (already set)')
  })

  it('should give every institution a valid credit code', async () => {
    const { docs } = await payload.find({
      collection: slugs.institutions,
      where: { name: { in: institutionNames } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const { name, creditCode } of docs)
      expect({ name, check: checkCreditCode(creditCode ?? '') }).toEqual({ name, check: { isValid: true } })
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

  it('should load the national theme list (22) and the genres (the 15 公文 kinds and 4 more) as editable categories', async () => {
    const namesOf = async (kind: 'theme' | 'genre') =>
      (
        await payload.find({
          collection: slugs.categories,
          where: { kind: { equals: kind }, code: { like: kind === 'theme' ? 'T' : 'G' } },
          sort: 'code',
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
        .filter(({ code }) => /^[TG]\d{2}$/.test(code))
        .map(({ name }) => name)
    expect(await namesOf('theme')).toEqual([
      '国务院组织机构',
      '综合政务',
      '国民经济管理、国有资产监管',
      '财政、金融、审计',
      '国土资源、能源',
      '农业、林业、水利',
      '工业、交通',
      '商贸、海关、旅游',
      '市场监管、安全生产监管',
      '城乡建设、环境保护',
      '科技、教育',
      '文化、广电、新闻出版',
      '卫生、体育',
      '人口与计划生育、妇女儿童工作',
      '劳动、人事、监察',
      '公安、安全、司法',
      '民政、扶贫、救灾',
      '民族、宗教',
      '对外事务',
      '港澳台侨工作',
      '国防',
      '其他',
    ])
    const genres = await namesOf('genre')
    expect(genres).toHaveLength(19)
    for (const kind of [
      '决议',
      '决定',
      '公报',
      '公告',
      '通告',
      '意见',
      '通知',
      '通报',
      '报告',
      '请示',
      '批复',
      '议案',
      '函',
      '纪要',
      '规划',
      '统计数据',
      '办事指南',
    ]) {
      expect(genres).toContain(kind)
    }
  })

  it('should load the leaders with their posts and dated appointments, and one demo account per role', async () => {
    const { docs } = await payload.find({
      collection: slugs.officials,
      where: { name: { in: officials.map(({ name }) => name) } },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(officials.length)
    for (const official of docs) {
      expect(official.post).toBeTruthy()
      expect(official.appointments?.length).toBeGreaterThan(0)
      for (const appointment of official.appointments ?? []) expect(appointment.date).toMatch(/^\d{4}-\d{2}-\d{2}/)
    }
    const users = await payload.find({
      collection: slugs.users,
      where: { email: { in: demoUsers.map(({ email }) => email) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(users.docs.flatMap((user) => user.roles ?? []).sort()).toEqual([...roles].sort())
  })

  it('should refuse to run with NODE_ENV=production before writing anything', async () => {
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    const log: string[] = []
    try {
      await expect(seedDemoData({ payload, log: (message) => log.push(message) })).rejects.toThrow(/development only/)
    } finally {
      env.NODE_ENV = previous
    }
    // Refused before the first step (each step logs), so nothing was written.
    expect(log).toEqual([])
  })

  it('should skip when asked to seed only an empty catalogue', async () => {
    const log: string[] = []
    await seedDemoData({ payload, log: (message) => log.push(message), onlyIfEmpty: true })
    expect(log).toEqual(['seed: skipped, the catalogue already has disclosure items'])
  })
})
