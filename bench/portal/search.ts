/**
 * Search latency on a large generated catalogue: `benchSearch({ payload })` fills search_index with
 * generated public documents (doc_collection 'bench', removed afterwards), runs a mix of portal queries
 * through `searchCatalogue` (the function the search page and GET /api/portal/search call) and reports
 * percentiles. Called by the portal benchmark; the database must be migrated.
 */
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { IndexRow } from '../../plugins/portal-publishing/search/indexRow'
import type { SearchParams } from '../../plugins/portal-publishing/search/params'

import { documentLexemes, exactKey } from '../../plugins/portal-publishing/search/lexemes'
import { searchCatalogue } from '../../plugins/portal-publishing/search/searchCatalogue'
import { poolOf } from '../../src/lib/platform/database/transaction'

const BENCH_COLLECTION = 'bench'
const BATCH = 500

const subjects = [
  '政府信息公开',
  '财政预算',
  '城乡建设',
  '环境保护',
  '公共卫生',
  '农业农村',
  '教育',
  '交通运输',
  '安全生产',
  '民政救助',
  '行政许可',
  '统计数据',
  '招标采购',
  '人事任免',
  'API接口',
  '数据开放',
]
const kinds = ['通知', '决定', '公告', '意见', '报告', '规划', '办法', '批复', '实施方案', '工作要点']
const places = ['扎兰屯市', '成吉思汗镇', '高台子街道', '蘑菇气镇', '卧牛河镇', '大河湾镇']
const phrases = [
  '认真贯彻落实',
  '进一步加强',
  '按照有关规定',
  '依法依规',
  '切实做好',
  '及时向社会公开',
  '主动接受监督',
  '确保工作落到实处',
  '结合本地实际',
  '现将有关事项通知如下',
]

/** A deterministic pseudo-random sequence, so every run searches the same catalogue. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)]!

/** Years 2008–2025 in turn, so the query mix can name a real 文号 and 索引号. */
const yearOf = (index: number) => 2008 + (index % 18)

const generatedRow = (index: number, next: () => number): IndexRow => {
  const year = yearOf(index)
  const title = `${pick(next, places)}关于${pick(next, subjects)}的${pick(next, kinds)}`
  const documentNumber = `扎政发〔${year}〕${index + 1}号`
  const indexNumber = `11150783000000001X/${year}-${String(index + 1).padStart(5, '0')}`
  const body = Array.from(
    { length: 12 },
    () => `${pick(next, phrases)}${pick(next, subjects)}工作，${pick(next, places)}${pick(next, phrases)}。`,
  ).join('')
  return {
    docCollection: BENCH_COLLECTION,
    docId: String(index + 1),
    title,
    url: `/catalogue/${encodeURIComponent(indexNumber)}`,
    documentNumber,
    indexNumber,
    documentNumberKey: exactKey(documentNumber),
    indexNumberKey: exactKey(indexNumber),
    institution: 1 + Math.floor(next() * 40),
    theme: 1 + Math.floor(next() * 22),
    genre: 1 + Math.floor(next() * 19),
    validity: next() < 0.9 ? 'valid' : 'repealed',
    year,
    date: new Date(Date.UTC(year, Math.floor(next() * 12), 1 + Math.floor(next() * 28))).toISOString(),
    summary: `${pick(next, phrases)}${pick(next, subjects)}。`,
    bodyText: body,
    lexemesTitle: documentLexemes(title).join(' '),
    lexemesMeta: documentLexemes(`${documentNumber} ${indexNumber}`).join(' '),
    lexemesBody: documentLexemes(body).join(' '),
  }
}

const insertRows = async (payload: Payload, rows: IndexRow[]) => {
  const values = rows.map(
    (
      row,
    ) => sql`(${row.docCollection}, ${row.docId}, ${row.title}, ${row.url}, ${row.documentNumber}, ${row.indexNumber},
      ${row.documentNumberKey}, ${row.indexNumberKey}, ${row.institution}, ${row.theme}, ${row.genre}, ${row.validity}, ${row.year},
      ${row.date}, ${row.summary}, ${row.bodyText}, ${row.lexemesTitle}, ${row.lexemesMeta}, ${row.lexemesBody}, now(), now())`,
  )
  await poolOf(payload).execute(sql`
    insert into search_index (doc_collection, doc_id, title, url, document_number, index_number, document_number_key,
      index_number_key, institution, theme, genre, validity, year, date, summary, body_text, lexemes_title, lexemes_meta,
      lexemes_body, updated_at, created_at)
    values ${sql.join(values, sql`, `)}
  `)
}

/** The query mix: what readers type (two characters, phrases, mixed scripts, 文号, 索引号) and filters. */
const queryMix = (documents: number): SearchParams[] => {
  const numbered = Math.floor(documents / 2)
  const indexed = Math.floor(documents / 3)
  return [
    { q: '公开' },
    { q: '预算' },
    { q: '政府信息公开' },
    { q: '扎兰屯市 财政预算' },
    { q: 'API接口' },
    { q: '环境保护 通知', year: 2015 },
    { q: '安全生产', institution: 7 },
    { q: '规划', validity: 'valid', theme: 3 },
    { q: `扎政发[${yearOf(numbered)}]${numbered + 1}号` },
    { q: `11150783000000001x/${yearOf(indexed)}-${String(indexed + 1).padStart(5, '0')}` },
    { q: '公开', page: 5 },
    { institution: 12, year: 2020 },
  ]
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

export type SearchBenchResult = {
  documents: number
  queries: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Mean hits of the mix, to show the queries are not trivially empty. */
  meanTotalDocs: number
}

/** Fills search_index with `documents` generated public entries (removing earlier generated ones first). */
export const fillGeneratedCatalogue = async (payload: Payload, documents: number) => {
  await clearGeneratedCatalogue(payload)
  const next = random(20_110_101)
  for (let start = 0; start < documents; start += BATCH) {
    await insertRows(
      payload,
      Array.from({ length: Math.min(BATCH, documents - start) }, (_, offset) => generatedRow(start + offset, next)),
    )
  }
  await poolOf(payload).execute(sql`analyze search_index`)
}

export const clearGeneratedCatalogue = async (payload: Payload) => {
  await poolOf(payload).execute(sql`delete from search_index where doc_collection = ${BENCH_COLLECTION}`)
}

/**
 * Generates `documents` public catalogue entries, runs the query mix `rounds` times after one warm-up
 * round, and removes the entries again (also on failure).
 */
export const benchSearch = async ({
  payload,
  documents = 20_000,
  rounds = 10,
  log = () => {},
}: {
  payload: Payload
  documents?: number
  rounds?: number
  log?: (message: string) => void
}): Promise<SearchBenchResult> => {
  try {
    await fillGeneratedCatalogue(payload, documents)
    log(`search: ${documents} generated documents indexed`)

    const mix = queryMix(documents)
    for (const params of mix) await searchCatalogue(payload, params)
    const timings: number[] = []
    let totalDocs = 0
    for (let round = 0; round < rounds; round++) {
      for (const params of mix) {
        const started = performance.now()
        const result = await searchCatalogue(payload, params)
        timings.push(performance.now() - started)
        totalDocs += result.totalDocs
      }
    }
    const sorted = [...timings].sort((a, b) => a - b)
    return {
      documents,
      queries: timings.length,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted[sorted.length - 1]!,
      meanTotalDocs: Math.round(totalDocs / timings.length),
    }
  } finally {
    await clearGeneratedCatalogue(payload)
  }
}
