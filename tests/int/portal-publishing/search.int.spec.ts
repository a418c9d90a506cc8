import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchCatalogue } from '../../../plugins/portal-publishing/search/searchCatalogue'
import { closePayload } from '../../../src/lib/database/closePayload'
import { lexical, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import {
  createDraftItem,
  publishItem,
  publishPolicy,
  saveDraft,
  scene,
  uniqueDocumentNumber,
  updatePublished,
  withdraw,
} from './portal'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const idsOf = (result: { docs: Array<{ id: string }> }) => result.docs.map((hit) => Number(hit.id))

describe('portal search', () => {
  it('should find a published item by a two-character query and mark the match', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '关于政府信息公开工作的通知', institution, theme })
    const result = await searchCatalogue(payload, { q: '公开', institution })
    expect(idsOf(result)).toEqual([item.id])
    expect(result.docs[0]!.titleHtml).toBe('关于政府信息<mark>公开</mark>工作的通知')
    expect(result.docs[0]!.url).toBe(`/catalogue/${encodeURIComponent(item.indexNumber!)}`)
  })

  it('should find mixed Chinese and ASCII queries, in either width and case', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, {
      title: '开放API接口目录',
      summary: '数据开放平台 v2 版本',
      institution,
      theme,
    })
    await publishItem(payload, { title: '接口管理办法', institution, theme })
    expect(idsOf(await searchCatalogue(payload, { q: 'API接口', institution }))).toEqual([item.id])
    expect(idsOf(await searchCatalogue(payload, { q: 'ａｐｉ 目录', institution }))).toEqual([item.id])
    expect(idsOf(await searchCatalogue(payload, { q: '平台 V2', institution }))).toEqual([item.id])
  })

  it('should search the body and cut a highlighted snippet from it', async () => {
    const { institution, theme } = await scene(payload)
    const word = unique('标识').slice(-8)
    const item = await publishItem(payload, {
      title: '年度报告',
      body: lexical('第一段说明。', `本年度扎兰屯市共收到申请 ${word} 件。`),
      institution,
      theme,
    })
    const result = await searchCatalogue(payload, { q: `扎兰屯 ${word}`, institution })
    expect(idsOf(result)).toEqual([item.id])
    expect(result.docs[0]!.snippetHtml).toContain('<mark>扎兰屯</mark>')
    expect(result.docs[0]!.snippetHtml).toContain(`<mark>${word}</mark>`)
  })

  it('should rank a title match above a body match', async () => {
    const { institution, theme } = await scene(payload)
    const inBody = await publishItem(payload, {
      title: '会议纪要',
      body: lexical('研究了预算执行情况'),
      institution,
      theme,
    })
    const inTitle = await publishItem(payload, { title: '预算执行情况报告', institution, theme })
    expect(idsOf(await searchCatalogue(payload, { q: '预算执行', institution }))).toEqual([inTitle.id, inBody.id])
  })

  it('should match a 文号 exactly, however its brackets are typed, and rank it first', async () => {
    const { institution, theme } = await scene(payload)
    const documentNumber = uniqueDocumentNumber()
    const item = await publishItem(payload, { title: '关于印发实施方案的通知', documentNumber, institution, theme })
    const typed = documentNumber.replace('〔', '[').replace('〕', ']')
    const result = await searchCatalogue(payload, { q: typed })
    expect(result.docs[0]).toMatchObject({ id: String(item.id), isExactMatch: true, documentNumber })
  })

  it('should match an index number exactly', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '统计公报', institution, theme })
    expect(item.indexNumber).toBeTruthy()
    const result = await searchCatalogue(payload, { q: item.indexNumber!.toLowerCase() })
    expect(result.docs[0]).toMatchObject({ id: String(item.id), isExactMatch: true, indexNumber: item.indexNumber })
  })

  it('should filter by theme, genre, year and validity', async () => {
    const { institution, theme, otherTheme, genre } = await scene(payload)
    const base = { title: '财政预算公开', institution }
    const a = await publishItem(payload, { ...base, theme, genre, dateMade: '2011-06-01', validity: 'valid' })
    const b = await publishItem(payload, { ...base, theme: otherTheme, dateMade: '2012-06-01', validity: 'repealed' })
    expect(idsOf(await searchCatalogue(payload, { q: '预算', institution, theme }))).toEqual([a.id])
    expect(idsOf(await searchCatalogue(payload, { q: '预算', institution, genre }))).toEqual([a.id])
    expect(idsOf(await searchCatalogue(payload, { q: '预算', institution, year: 2012 }))).toEqual([b.id])
    expect(idsOf(await searchCatalogue(payload, { q: '预算', institution, validity: 'repealed' }))).toEqual([b.id])
    expect(idsOf(await searchCatalogue(payload, { institution }))).toEqual([b.id, a.id])
  })

  it('should filter by the year of the date in the government time zone, at both ends of the year', async () => {
    const { institution, theme } = await scene(payload)
    const base = { title: '年度边界公告', institution, theme }
    // 16:00 UTC on 31 December is 00:00 on 1 January in Beijing: the new year's first instant.
    const firstOf2013 = await publishItem(payload, { ...base, dateMade: '2012-12-31T16:00:00.000Z' })
    const lastOf2012 = await publishItem(payload, { ...base, dateMade: '2012-12-31T15:59:59.000Z' })
    const lastOf2013 = await publishItem(payload, { ...base, dateMade: '2013-12-31T15:59:59.000Z' })
    await publishItem(payload, { ...base, dateMade: '2013-12-31T16:00:00.000Z' })
    expect(idsOf(await searchCatalogue(payload, { q: '边界', institution, year: 2013 }))).toEqual([
      lastOf2013.id,
      firstOf2013.id,
    ])
    expect(idsOf(await searchCatalogue(payload, { institution, year: 2012 }))).toEqual([lastOf2012.id])
  })

  it('should page through results', async () => {
    const { institution, theme } = await scene(payload)
    for (let index = 0; index < 3; index++)
      await publishItem(payload, { title: `分页测试第${index}号`, institution, theme })
    const first = await searchCatalogue(payload, { q: '分页', institution, limit: 2 })
    const second = await searchCatalogue(payload, { q: '分页', institution, limit: 2, page: 2 })
    expect(first).toMatchObject({ totalDocs: 3, totalPages: 2, page: 1 })
    expect(first.docs).toHaveLength(2)
    expect(second.docs).toHaveLength(1)
    expect(new Set([...idsOf(first), ...idsOf(second)]).size).toBe(3)
  })

  it('should rank only the newest matches of the bounded window, then list older ones newest first, and cap the count', async () => {
    const { institution, theme } = await scene(payload)
    const body = (text: string) => lexical(`本项记载${text}事项。`)
    const oldestInTitle = await publishItem(payload, {
      title: '预决算公开说明',
      body: body('说明'),
      dateMade: '2011-01-01',
      institution,
      theme,
    })
    const bodyOnly = []
    for (const dateMade of ['2011-02-01', '2011-03-01', '2011-04-01']) {
      bodyOnly.push(
        await publishItem(payload, { title: '会议纪要', body: body('预决算公开'), dateMade, institution, theme }),
      )
    }
    const [second, third, newest] = bodyOnly.map((item) => item.id)

    const unbounded = await searchCatalogue(payload, { q: '预决算公开', institution })
    expect(idsOf(unbounded)).toEqual([oldestInTitle.id, newest, third, second])
    expect(unbounded).toMatchObject({ totalDocs: 4, totalIsCapped: false, totalPages: 1 })

    // A window of the newest two: the title match is older than the window, so it is not ranked up front.
    const bounds = { rankedWindow: 2, countUpTo: 3 }
    const first = await searchCatalogue(payload, { q: '预决算公开', institution, limit: 2 }, bounds)
    const next = await searchCatalogue(payload, { q: '预决算公开', institution, limit: 2, page: 2 }, bounds)
    expect(idsOf(first)).toEqual([newest, third])
    expect(idsOf(next)).toEqual([second, oldestInTitle.id])
    expect(first).toMatchObject({ totalDocs: 3, totalIsCapped: true, totalPages: 2 })
    const straddling = await searchCatalogue(payload, { q: '预决算公开', institution, limit: 3 }, bounds)
    expect(idsOf(straddling)).toEqual([newest, third, second])
  })

  it('should rank an exact 文号 match first even when it is older than the ranked window', async () => {
    const { institution, theme } = await scene(payload)
    const documentNumber = uniqueDocumentNumber()
    const exact = await publishItem(payload, {
      title: '关于印发办法的通知',
      documentNumber,
      dateMade: '2011-01-01',
      institution,
      theme,
    })
    const citing = await publishItem(payload, {
      title: '转发通知',
      body: lexical(`根据${documentNumber}办理。`),
      dateMade: '2011-05-01',
      institution,
      theme,
    })
    const result = await searchCatalogue(
      payload,
      { q: documentNumber, institution },
      { rankedWindow: 1, countUpTo: 10 },
    )
    expect(idsOf(result)).toEqual([exact.id, citing.id])
    expect(result.docs[0]!.isExactMatch).toBe(true)
    expect(result).toMatchObject({ totalDocs: 2, totalIsCapped: false })
  })

  it('should answer an empty page past the last match with the count', async () => {
    const { institution, theme } = await scene(payload)
    await publishItem(payload, { title: '空页测试通知', institution, theme })
    const result = await searchCatalogue(payload, { q: '空页测试', institution, page: 3 })
    expect(result).toMatchObject({ docs: [], totalDocs: 1, totalIsCapped: false, totalPages: 1, page: 3 })
  })

  it('should drop a withdrawn item', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '撤回测试公告', institution, theme })
    expect(idsOf(await searchCatalogue(payload, { q: '撤回', institution }))).toEqual([item.id])
    await withdraw(payload, item.id)
    expect(idsOf(await searchCatalogue(payload, { q: '撤回', institution }))).toEqual([])
  })

  it('should drop an item whose disclosure method changes to on request, and a deleted one', async () => {
    const { institution, theme } = await scene(payload)
    const changed = await publishItem(payload, { title: '方式变更公告', institution, theme })
    const deleted = await publishItem(payload, { title: '删除变更公告', institution, theme })
    await updatePublished(payload, changed.id, { disclosureMethod: 'on-request' })
    await payload.delete({ collection: 'disclosure-items', id: deleted.id })
    expect(idsOf(await searchCatalogue(payload, { q: '变更', institution }))).toEqual([])
  })

  it('should never show a draft, nor the draft text saved over a published item', async () => {
    const { institution, theme } = await scene(payload)
    await createDraftItem(payload, { title: '草稿阶段的规划', institution, theme })
    const item = await publishItem(payload, { title: '已发布的规划', institution, theme })
    await saveDraft(payload, item.id, { title: '修改中的草案' })
    expect(idsOf(await searchCatalogue(payload, { q: '草稿', institution }))).toEqual([])
    expect(idsOf(await searchCatalogue(payload, { q: '草案', institution }))).toEqual([])
    expect(idsOf(await searchCatalogue(payload, { q: '规划', institution }))).toEqual([item.id])
  })

  it('should never show an item disclosed on request', async () => {
    const { institution, theme } = await scene(payload)
    await publishItem(payload, { title: '依申请公开的答复', disclosureMethod: 'on-request', institution, theme })
    expect(idsOf(await searchCatalogue(payload, { q: '答复', institution }))).toEqual([])
  })

  it('should show the new text after a published item is updated', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '旧标题的公告', institution, theme })
    await updatePublished(payload, item.id, { title: '新标题的公告' })
    expect(idsOf(await searchCatalogue(payload, { q: '旧标题', institution }))).toEqual([])
    expect(idsOf(await searchCatalogue(payload, { q: '新标题', institution }))).toEqual([item.id])
  })

  it('should find a policy under its issuer, with its 文号 and validity', async () => {
    const { institution } = await scene(payload)
    const documentNumber = uniqueDocumentNumber()
    const policy = await publishPolicy(payload, {
      title: '关于规范行政事业性收费的规定',
      documentNumber,
      issuer: institution,
      validity: 'valid',
    })
    const result = await searchCatalogue(payload, { q: '收费', institution, validity: 'valid' })
    expect(result.docs).toEqual([
      expect.objectContaining({ collection: 'policies', id: String(policy.id), documentNumber }),
    ])
  })

  it('should match nothing for a query of punctuation only', async () => {
    const { institution, theme } = await scene(payload)
    await publishItem(payload, { title: '标点测试', institution, theme })
    expect(idsOf(await searchCatalogue(payload, { q: '，。！', institution }))).toEqual([])
  })
})

describe('GET /api/portal/search', () => {
  it('should give anonymous readers only public items', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '匿名检索公开信息', institution, theme })
    await publishItem(payload, { title: '匿名检索依申请信息', disclosureMethod: 'on-request', institution, theme })
    await createDraftItem(payload, { title: '匿名检索草稿信息', institution, theme })
    const response = await rest('GET', `/portal/search?q=${encodeURIComponent('匿名检索')}&institution=${institution}`)
    expect(response.status).toBe(200)
    expect(response.json.docs.map((hit: { id: string }) => Number(hit.id))).toEqual([item.id])
    expect(response.json.docs[0].snippetHtml).toBeTypeOf('string')
  })

  it('should refuse a bad filter with 400 naming the field', async () => {
    const response = await rest('GET', '/portal/search?q=x&year=20x1')
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('year')
    expect(response.json.errors[0].message).toMatch(/年份.* \/ year/)
  })
})
