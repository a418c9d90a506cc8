/**
 * Fills the database with generated disclosure items through a bulk path: per batch, a handful of
 * set-based statements (`insert … select … from unnest(…)`) in one transaction, instead of one Local API
 * publish per item. It keeps every invariant a published document has:
 * - the index number the catalogue-numbering plugin would give (pattern, credit code, year of the date
 *   made in the office's time zone, next serial of its counter), a register row for it, and the counters
 *   advanced past every serial used, so a later real publish continues the sequence with no clash;
 * - a search index row built by the portal plugin's own `indexRowOf` (same tokenizer) for each item the
 *   public sees (published and 主动公开);
 * - versions rows as Payload writes them: a draft version, then the published one marked `latest`;
 * - `_status` and the workflow stage of a document that went through the chain (secrecy decision public);
 * - the Art. 26 publication record the final approval writes (due date, working days taken, late or not),
 *   through the workflow's calendar, about one item in sixteen published late.
 * Mix: most published 主动公开, some published 依申请公开, some drafts; optionally documents waiting in
 * 领导签发 (sign-off), for the publish benchmark to approve.
 */
import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

import type { ResolvedPortalOptions } from '../../plugins/portal-publishing/types'
import type { ItemDefinition } from '../../seed/data/disclosureItems/types'

import { resolveOptions as resolveNumberingOptions } from '../../plugins/catalogue-numbering/defaults'
import { calendarOf } from '../../plugins/catalogue-numbering/numberingContext'
import { counterKey, formatIndexNumber } from '../../plugins/catalogue-numbering/pattern'
import { PORTAL_PUBLISHING_CUSTOM_KEY } from '../../plugins/portal-publishing/defaults'
import { indexRowOf } from '../../plugins/portal-publishing/search/indexRow'
import { documentLexemes } from '../../plugins/portal-publishing/search/lexemes'
import { plainText } from '../../plugins/portal-publishing/search/plainText'
import { institutionDefinition } from '../../seed/data/institutions'
import { createRandom, type Random } from '../../seed/random'
import { workingCalendarOf } from '../../src/lib/platform/workingCalendar'
import { DISCLOSURE_DEADLINE_WORKING_DAYS } from '../../src/lib/platform/workingDays'
import { lexicalDocument } from '../../src/lib/richText'
import { type PublicationRecord, publicationRecorder } from './publicationRecord'
import { itemTemplates, itemText } from './vocabulary'

const COLLECTION = 'disclosure-items'
/** Years the generated items are dated in: the last complete decade. */
const FIRST_YEAR = 2016
const LAST_YEAR = 2025
const SECRECY_BASIS = '《中华人民共和国保守国家秘密法》第九条：不涉及国家秘密'

export type ItemKind = 'proactive' | 'onRequest' | 'draft' | 'signoff'

export type GenerateOptions = {
  payload: Payload
  /** Items of the mix (published 主动公开, published 依申请公开, drafts). */
  items: number
  /** Extra drafts waiting in 领导签发 with a public secrecy decision, for the final approval. */
  awaitingSignoff?: number
  /** Only these institutions and themes (default: all with a credit code, all themes): a test keeps to its own. */
  institutions?: number[]
  themes?: number[]
  batchSize?: number
  /** Batches written at once, each on its own connection (default 2: one per core of the target machine). */
  connections?: number
  seed?: number
  log?: (message: string) => void
}

export type GenerateResult = {
  counts: Record<ItemKind, number>
  seconds: number
  itemsPerSecond: number
  /** Ids of the generated items waiting in sign-off. */
  signoffIds: number[]
  /** A few generated public items, for the benchmark's URLs and the test's checks. */
  sample: Array<{
    id: number
    title: string
    indexNumber: string
    theme: number
    institution: number
  }>
}

type Institution = {
  id: number
  name: string
  creditCode: string
  pattern: null | string
}
type Category = { id: number; code: string; name: string }
type Reference = {
  institutions: Institution[]
  byName: Map<string, Institution>
  themes: Map<string, Category>
  genres: Map<string, Category>
  themeList: Category[]
  defaultPattern: string
}

type Row = {
  id: number
  kind: ItemKind
  title: string
  institution: Institution
  theme: Category
  genre: Category | undefined
  dateMade: Date
  publishedAt: Date
  /** The final approval's record; none for a draft. */
  publication: PublicationRecord | null
  documentNumber: null | string
  summary: string
  validity: string
  paragraphs: string[]
  bodyDoc: ReturnType<typeof lexicalDocument>
  indexNumber: null | string
}

const poolOfPayload = (payload: Payload): Pool => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('generator: the database adapter has no pg pool')
  return pool
}

const loadReference = async (pool: Pool, only: { institutions?: number[]; themes?: number[] }): Promise<Reference> => {
  const institutions = (
    await pool.query<Institution>(
      `select id, name, credit_code as "creditCode", index_number_pattern as "pattern" from institutions
       where length(credit_code) = 18 and ($1::int[] is null or id = any($1::int[])) order by id`,
      [only.institutions ?? null],
    )
  ).rows
  if (institutions.length === 0)
    throw new Error('generator: no institution with a credit code; seed the demo data first')
  const categories = (await pool.query<Category & { kind: string }>(`select id, kind, code, name from categories`)).rows
  const settings = (
    await pool.query<{ pattern: null | string }>(
      `select default_pattern as pattern from catalogue_numbering_settings limit 1`,
    )
  ).rows[0]
  const themeList = categories.filter(
    (category) => category.kind === 'theme' && (!only.themes || only.themes.includes(category.id)),
  )
  if (themeList.length === 0) throw new Error('generator: no theme categories; seed the demo data first')
  return {
    institutions,
    byName: new Map(institutions.map((institution) => [institution.name, institution])),
    themes: new Map((only.themes ? [] : themeList).map((category) => [category.name, category])),
    genres: new Map(
      categories.filter((category) => category.kind === 'genre').map((category) => [category.name, category]),
    ),
    themeList,
    defaultPattern: settings?.pattern || resolveNumberingOptions({}).defaultPattern,
  }
}

/** 85% published 主动公开, 5% published 依申请公开, 10% drafts: a catalogue years into use. */
const kindOf = (random: Random): ItemKind => {
  const draw = random.next()
  return draw < 0.85 ? 'proactive' : draw < 0.9 ? 'onRequest' : 'draft'
}

const isPublished = (kind: ItemKind) => kind === 'proactive' || kind === 'onRequest'

const DAY_MS = 86_400_000

const makeRow = (
  {
    kind,
    id,
    random,
    reference,
    documentSerial,
    institutions,
    recordPublication,
  }: {
    kind: ItemKind
    id: number
    random: Random
    reference: Reference
    documentSerial: (prefix: string) => number
    institutions: Institution[]
    recordPublication: (dates: { dateMade: Date; publishedAt: Date }) => PublicationRecord
  },
  templates: ItemDefinition[],
): Row => {
  const template = random.pick(templates)
  const year = random.int(FIRST_YEAR, LAST_YEAR)
  // Noon UTC of the day, as the admin's day-only picker stores it.
  const dateMade = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28), 12))
  const ownInstitution = reference.byName.get(institutionDefinition(template.institution)?.name ?? '')
  const institution =
    ownInstitution && institutions.includes(ownInstitution) ? ownInstitution : random.pick(institutions)
  const text = itemText({ template, year, random, documentSerial })
  const bodyDoc = lexicalDocument(text.paragraphs)
  // Mostly within the 20 working days the regulation allows; one in sixteen weeks or months late.
  const daysToPublish = random.next() < 1 / 16 ? random.int(35, 120) : random.int(1, 25)
  const publishedAt = new Date(dateMade.getTime() + daysToPublish * DAY_MS)
  return {
    id,
    kind,
    title: text.title,
    institution,
    theme: reference.themes.get(template.theme) ?? random.pick(reference.themeList),
    genre: reference.genres.get(template.genre),
    dateMade,
    publishedAt,
    publication: isPublished(kind) ? recordPublication({ dateMade, publishedAt }) : null,
    documentNumber: text.documentNumber,
    summary: text.summary,
    validity: year <= 2018 && random.next() < 0.3 ? 'expired' : 'valid',
    paragraphs: text.paragraphs,
    bodyDoc,
    indexNumber: null,
  }
}

/** Numbers the published rows of a batch: one statement reserves each counter's serials, as many as it needs. */
const assignIndexNumbers = async (client: Pool | PoolClient, rows: Row[], reference: Reference, timeZone: string) => {
  const keyed = rows
    .filter((row) => isPublished(row.kind))
    .map((row) => {
      const pattern = row.institution.pattern || reference.defaultPattern
      const category = pattern.includes('{category}') ? row.theme.code || row.genre?.code : undefined
      const values = {
        creditCode: row.institution.creditCode,
        category,
        ...calendarOf(row.dateMade, timeZone),
      }
      return { row, pattern, values, key: counterKey(pattern, values) }
    })
  // In date order within a counter, as they would have been published.
  keyed.sort((a, b) => a.row.dateMade.getTime() - b.row.dateMade.getTime())
  const needed = new Map<string, number>()
  // Keys in one order for every batch: two batches at once lock the counters' rows in the same order.
  for (const { key } of [...keyed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
    needed.set(key, (needed.get(key) ?? 0) + 1)
  if (needed.size === 0) return
  const { rows: counters } = await client.query<{
    key: string
    last_serial: number
  }>(
    `insert into catalogue_counters (key, last_serial, updated_at, created_at)
     select key, count, now(), now() from unnest($1::text[], $2::int[]) as wanted(key, count)
     on conflict (key) do update set last_serial = catalogue_counters.last_serial + excluded.last_serial, updated_at = now()
     returning key, last_serial`,
    [[...needed.keys()], [...needed.values()]],
  )
  const next = new Map(
    counters.map((counter) => [counter.key, Number(counter.last_serial) - needed.get(counter.key)! + 1]),
  )
  for (const { row, pattern, values, key } of keyed) {
    const serial = next.get(key)!
    next.set(key, serial + 1)
    row.indexNumber = formatIndexNumber(pattern, values, serial)
  }
}

const STAGE: Record<ItemKind, string> = {
  proactive: 'published',
  onRequest: 'published',
  draft: 'draft',
  signoff: 'signoff',
}

const insertItems = async (client: PoolClient, rows: Row[]) => {
  const column = <T>(pick: (row: Row) => T) => rows.map(pick)
  await client.query(
    `insert into disclosure_items (id, title, institution_id, date_made, document_number, theme_id, genre_id, summary,
       validity, disclosure_method, body, _status, index_number, workflow_stage, secrecy_decision, secrecy_legal_basis,
       created_at, updated_at, publication_published_on, publication_due_on, publication_working_days_to_publish,
       publication_is_late)
     select id, title, institution_id, date_made, document_number, theme_id, genre_id, summary,
       validity::enum_disclosure_items_validity, method::enum_disclosure_items_disclosure_method, body::jsonb,
       status::enum_disclosure_items_status, index_number, stage::enum_disclosure_items_workflow_stage,
       secrecy::enum_disclosure_items_secrecy_decision, secrecy_basis, created_at, updated_at,
       case when due_on is null then null else updated_at end, due_on, working_days, is_late
     from unnest($1::int[], $2::text[], $3::int[], $4::timestamptz[], $5::text[], $6::int[], $7::int[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
       $17::timestamptz[], $18::timestamptz[], $19::timestamptz[], $20::int[], $21::boolean[])
       as generated(id, title, institution_id, date_made, document_number, theme_id, genre_id, summary, validity, method,
         body, status, index_number, stage, secrecy, secrecy_basis, created_at, updated_at, due_on, working_days,
         is_late)`,
    [
      column((row) => row.id),
      column((row) => row.title),
      column((row) => row.institution.id),
      column((row) => row.dateMade.toISOString()),
      column((row) => row.documentNumber),
      column((row) => row.theme.id),
      column((row) => row.genre?.id ?? null),
      column((row) => row.summary),
      column((row) => row.validity),
      column((row) => (row.kind === 'onRequest' ? 'on-request' : 'proactive')),
      column((row) => JSON.stringify(row.bodyDoc)),
      column((row) => (isPublished(row.kind) ? 'published' : 'draft')),
      column((row) => row.indexNumber),
      column((row) => STAGE[row.kind]),
      column((row) => (row.kind === 'draft' ? null : 'public')),
      column((row) => (row.kind === 'draft' ? null : SECRECY_BASIS)),
      column((row) => new Date(row.dateMade.getTime() - DAY_MS).toISOString()),
      column((row) =>
        (isPublished(row.kind) ? row.publishedAt : new Date(row.dateMade.getTime() + DAY_MS)).toISOString(),
      ),
      // The due date as the workflow stores a day: midnight UTC of it.
      column((row) => (row.publication ? `${row.publication.dueOn}T00:00:00Z` : null)),
      column((row) => row.publication?.workingDaysToPublish ?? null),
      column((row) => row.publication?.isLate ?? null),
    ],
  )
}

/**
 * The versions Payload keeps: for a published item the draft it started as (no number, stage draft),
 * then the published version, `latest`; for a draft its one version. Copied from the rows just written.
 */
const insertVersions = async (client: PoolClient, ids: number[]) => {
  const copy = (draftOnly: boolean) => `
    insert into _disclosure_items_v (parent_id, version_title, version_institution_id, version_date_made,
      version_document_number, version_theme_id, version_genre_id, version_summary, version_validity,
      version_disclosure_method, version_body, version_updated_at, version_created_at, version__status,
      version_index_number, version_workflow_stage, version_secrecy_decision, version_secrecy_legal_basis,
      version_publication_published_on, version_publication_due_on, version_publication_working_days_to_publish,
      version_publication_is_late, created_at, updated_at, latest)
    select id, title, institution_id, date_made, document_number, theme_id, genre_id, summary,
      validity::text::enum__disclosure_items_v_version_validity,
      disclosure_method::text::enum__disclosure_items_v_version_disclosure_method, body,
      ${draftOnly ? 'created_at' : 'updated_at'}, created_at,
      ${draftOnly ? `'draft'` : '_status::text'}::enum__disclosure_items_v_version_status,
      ${draftOnly ? 'null' : 'index_number'},
      ${draftOnly ? `'draft'` : 'workflow_stage::text'}::enum__disclosure_items_v_version_workflow_stage,
      ${draftOnly ? 'null' : 'secrecy_decision::text::enum__disclosure_items_v_version_secrecy_decision'},
      ${draftOnly ? 'null' : 'secrecy_legal_basis'},
      ${draftOnly ? 'null, null, null, null' : 'publication_published_on, publication_due_on, publication_working_days_to_publish, publication_is_late'},
      ${draftOnly ? 'created_at, created_at, false' : 'updated_at, updated_at, true'}
    from disclosure_items where id = any($1::int[]) ${draftOnly ? `and _status = 'published'` : ''}
    order by id`
  await client.query(copy(true), [ids])
  await client.query(copy(false), [ids])
}

/** The register's rows of the numbers just given, as the numbering plugin's afterChange hook writes them. */
const insertRegister = async (client: PoolClient, ids: number[]) => {
  await client.query(
    `insert into catalogue_numbers (index_number, collection_slug, document_id, status, source, assigned_at, updated_at, created_at)
     select index_number, $2, id::text, 'assigned', 'issued', updated_at, updated_at, updated_at
     from disclosure_items where id = any($1::int[]) and index_number is not null order by id`,
    [ids, COLLECTION],
  )
}

/**
 * The body's lexemes, as `documentLexemes` of the whole body text gives them: paragraphs are separated by
 * newlines, which no Han run, word or bigram crosses, so the body's set is the union of its paragraphs'
 * sets. Generated bodies reuse a few thousand paragraphs, so each is tokenized once (Intl.Segmenter is
 * the generator's most expensive step by far). The generator's spec checks the equality on stored rows.
 */
const paragraphLexemes = new Map<string, string[]>()
const bodyLexemes = (paragraphs: string[]): string => {
  const lexemes = new Set<string>()
  for (const paragraph of paragraphs) {
    let known = paragraphLexemes.get(paragraph)
    if (!known) paragraphLexemes.set(paragraph, (known = documentLexemes(paragraph)))
    for (const lexeme of known) lexemes.add(lexeme)
  }
  return [...lexemes].join(' ')
}

/**
 * Search index rows of the items the public sees, built by the portal plugin's own `indexRowOf` (title,
 * meta, filters, URL); only the body's lexemes come from the per-paragraph cache above.
 */
const insertSearchRows = async (client: PoolClient, rows: Row[], portal: ResolvedPortalOptions) => {
  const indexed = rows
    .filter((row) => row.kind === 'proactive')
    .map((row) => ({
      ...indexRowOf(portal, COLLECTION, {
        id: row.id,
        title: row.title,
        institution: row.institution.id,
        theme: row.theme.id,
        genre: row.genre?.id ?? null,
        validity: row.validity,
        dateMade: row.dateMade.toISOString(),
        documentNumber: row.documentNumber,
        indexNumber: row.indexNumber,
        summary: row.summary,
        body: null,
        _status: 'published',
        disclosureMethod: 'proactive',
      }),
      bodyText: plainText(row.bodyDoc),
      lexemesBody: bodyLexemes(row.paragraphs),
    }))
  if (indexed.length === 0) return
  const column = <T>(pick: (row: (typeof indexed)[number]) => T) => indexed.map(pick)
  await client.query(
    `insert into search_index (doc_collection, doc_id, title, url, document_number, index_number, document_number_key,
       index_number_key, institution, theme, genre, validity, year, date, summary, body_text, lexemes_title, lexemes_meta,
       lexemes_body, updated_at, created_at)
     select doc_collection, doc_id, title, url, document_number, index_number, document_number_key, index_number_key,
       institution, theme, genre, validity, year, date, summary, body_text, lexemes_title, lexemes_meta, lexemes_body,
       now(), now()
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::numeric[], $10::numeric[], $11::numeric[], $12::text[], $13::numeric[], $14::timestamptz[], $15::text[],
       $16::text[], $17::text[], $18::text[], $19::text[])
       as generated(doc_collection, doc_id, title, url, document_number, index_number, document_number_key, index_number_key,
         institution, theme, genre, validity, year, date, summary, body_text, lexemes_title, lexemes_meta, lexemes_body)`,
    [
      column((row) => row.docCollection),
      column((row) => row.docId),
      column((row) => row.title),
      column((row) => row.url),
      column((row) => row.documentNumber),
      column((row) => row.indexNumber),
      column((row) => row.documentNumberKey),
      column((row) => row.indexNumberKey),
      column((row) => row.institution),
      column((row) => row.theme),
      column((row) => row.genre),
      column((row) => row.validity),
      column((row) => row.year),
      column((row) => row.date),
      column((row) => row.summary),
      column((row) => row.bodyText),
      column((row) => row.lexemesTitle),
      column((row) => row.lexemesMeta),
      column((row) => row.lexemesBody),
    ],
  )
}

/** From this many items on, the secondary indexes are built once at the end instead of row by row. */
const REBUILD_INDEXES_FROM = 20_000

/** The tables a batch writes many rows into. */
const LOADED_TABLES = ['disclosure_items', '_disclosure_items_v', 'search_index', 'catalogue_numbers']

/**
 * Drops the secondary indexes of the loaded tables (every index but primary keys and unique ones, which
 * keep guarding the load) and returns the statements that recreate them exactly, as PostgreSQL reports
 * their definitions: one sorted build over all rows is many times cheaper than a million inserts into
 * twenty-odd B-trees and the full-text GIN.
 */
const dropSecondaryIndexes = async (pool: Pool): Promise<string[]> => {
  const { rows } = await pool.query<{ name: string; definition: string }>(
    `select index.relname as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class index on index.oid = i.indexrelid join pg_class tab on tab.oid = i.indrelid
     join pg_namespace namespace on namespace.oid = tab.relnamespace
     where namespace.nspname = current_schema() and tab.relname = any($1::text[])
       and not i.indisunique and not i.indisprimary
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [LOADED_TABLES],
  )
  for (const { name } of rows) await pool.query(`drop index "${name}"`)
  return rows.map((row) => row.definition)
}

/**
 * Builds the dropped indexes again, on `connections` sessions at once (one index build uses one core),
 * the largest (the GIN) first so the others fill in around it.
 */
const rebuildIndexes = async (pool: Pool, definitions: string[], connections: number) => {
  const queue = [...definitions].sort((a, b) => Number(b.includes('USING gin')) - Number(a.includes('USING gin')))
  const builder = async () => {
    const client = await pool.connect()
    try {
      await client.query(`set maintenance_work_mem = '512MB'`)
      for (let definition = queue.shift(); definition; definition = queue.shift()) await client.query(definition)
    } finally {
      client.release()
    }
  }
  await Promise.all(Array.from({ length: Math.min(connections, definitions.length) }, builder))
}

/**
 * Generates `items` disclosure items (and `awaitingSignoff` more waiting in sign-off) in batches, each
 * batch in one transaction, `connections` batches at once: while PostgreSQL writes one batch, this
 * process makes the next, and each core has a batch to write. Needs institutions with credit codes and
 * the categories (the demo data).
 */
export const generateItems = async ({
  payload,
  items,
  awaitingSignoff = 0,
  institutions,
  themes,
  batchSize = 2_000,
  connections = 2,
  seed = 2011,
  log = () => {},
}: GenerateOptions): Promise<GenerateResult> => {
  const started = performance.now()
  const pool = poolOfPayload(payload)
  const reference = await loadReference(pool, { institutions, themes })
  const portal = payload.config.custom?.[PORTAL_PUBLISHING_CUSTOM_KEY] as ResolvedPortalOptions | undefined
  if (!portal)
    throw new Error('generator: the portal-publishing plugin is disabled; its search index rows cannot be built')
  const { timeZone } = resolveNumberingOptions({})
  const recordPublication = publicationRecorder({
    calendar: await workingCalendarOf({ payload, slug: 'workflow-calendar', timeZone }),
    timeZone,
    deadlineWorkingDays: DISCLOSURE_DEADLINE_WORKING_DAYS,
  })
  const templates = itemTemplates()
  const random = createRandom(seed)
  const documentSerials = new Map<string, number>()
  const documentSerial = (prefix: string) => {
    const serial = (documentSerials.get(prefix) ?? 0) + 1
    documentSerials.set(prefix, serial)
    return serial
  }
  const counts: Record<ItemKind, number> = {
    proactive: 0,
    onRequest: 0,
    draft: 0,
    signoff: 0,
  }
  const signoffIds: number[] = []
  const sample: GenerateResult['sample'] = []
  const total = items + awaitingSignoff
  const rebuilt = total >= REBUILD_INDEXES_FROM ? await dropSecondaryIndexes(pool) : []

  let planned = 0
  let done = 0
  /** The next batch's rows, made synchronously (one random sequence), with ids from the table's sequence. */
  const nextBatch = async (): Promise<Row[] | undefined> => {
    const first = planned
    const size = Math.min(batchSize, total - first)
    if (size <= 0) return undefined
    planned += size
    const { rows: idRows } = await pool.query<{ id: number }>(
      `select nextval('disclosure_items_id_seq')::int as id from generate_series(1, $1)`,
      [size],
    )
    return idRows.map(({ id }, offset) =>
      makeRow(
        {
          kind: first + offset < items ? kindOf(random) : 'signoff',
          id,
          random,
          reference,
          documentSerial,
          institutions: reference.institutions,
          recordPublication,
        },
        templates,
      ),
    )
  }
  const writeBatch = async (rows: Row[]) => {
    // Outside the batch's transaction: two batches reserving serials of one counter then never wait for
    // each other's commit. A failed batch leaves a gap in its counters; the bench database is thrown away.
    await assignIndexNumbers(pool, rows, reference, timeZone)
    const client = await pool.connect()
    try {
      await client.query('begin')
      // A lost batch on a crash is regenerated; the bench database is thrown away anyway.
      await client.query('set local synchronous_commit = off')
      await insertItems(client, rows)
      const ids = rows.map((row) => row.id)
      await insertVersions(client, ids)
      await insertRegister(client, ids)
      await insertSearchRows(client, rows, portal)
      await client.query('commit')
    } catch (err) {
      await client.query('rollback')
      throw err
    } finally {
      client.release()
    }
    for (const row of rows) {
      counts[row.kind] += 1
      if (row.kind === 'signoff') signoffIds.push(row.id)
      if (row.kind === 'proactive' && sample.length < 200 && row.id % 7 === 0) {
        sample.push({
          id: row.id,
          title: row.title,
          indexNumber: row.indexNumber!,
          theme: row.theme.id,
          institution: row.institution.id,
        })
      }
    }
    const before = done
    done += rows.length
    if (Math.floor(done / 50_000) > Math.floor(before / 50_000) || done === total)
      log(`generated ${done} of ${total} items`)
  }
  const writer = async () => {
    for (let rows = await nextBatch(); rows; rows = await nextBatch()) await writeBatch(rows)
  }

  try {
    await Promise.all(Array.from({ length: connections }, writer))
  } finally {
    if (rebuilt.length > 0) {
      log(`building ${rebuilt.length} indexes`)
      await rebuildIndexes(pool, rebuilt, connections)
    }
  }
  // A bulk load is vacuumed as well as analyzed: a catalogue that grew over years has been, by autovacuum. Left to
  // autovacuum, a million fresh rows are vacuumed while the benchmark measures (minutes of both cores), and until
  // then no visibility map lets an index-only scan skip the heap.
  const tables = 'disclosure_items, _disclosure_items_v, catalogue_numbers, catalogue_counters, search_index'
  await pool.query(rebuilt.length > 0 ? `vacuum (analyze) ${tables}` : `analyze ${tables}`)
  signoffIds.sort((a, b) => a - b)
  sample.sort((a, b) => a.id - b.id)
  const seconds = (performance.now() - started) / 1000
  return {
    counts,
    seconds,
    itemsPerSecond: total / seconds,
    signoffIds,
    sample,
  }
}
