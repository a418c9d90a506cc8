import type { AddressInfo } from 'node:net'

/**
 * The floor each API read is measured against: a tiny HTTP server in the bench process that answers the
 * same request with hand-written SQL through `pg` (a pool of 10, like the app's) and the same JSON shape
 * (the public fields of a disclosure item at depth 0, its hasMany relations and keywords as arrays, the
 * list envelope with its count). It checks no access and caches nothing: what the app must at least match.
 */
import http from 'node:http'
import pg from 'pg'

const PUBLIC = `item._status = 'published' and item.disclosure_method = 'proactive'`

/** The public columns of a disclosure item as Payload names them in JSON, with the hasMany fields. */
const ITEM_COLUMNS = `item.id, item.title, item.institution_id as "institution", item.date_made as "dateMade",
  item.document_number as "documentNumber", item.theme_id as "theme", item.genre_id as "genre",
  coalesce((select json_agg(rel.categories_id order by rel."order") from disclosure_items_rels rel
    where rel.parent_id = item.id and rel.path = 'serviceObjects'), '[]') as "serviceObjects",
  coalesce((select json_agg(text.text order by text."order") from disclosure_items_texts text
    where text.parent_id = item.id and text.path = 'keywords'), '[]') as "keywords",
  item.summary, item.validity, item.disclosure_method as "disclosureMethod", item.body,
  coalesce((select json_agg(rel.media_id order by rel."order") from disclosure_items_rels rel
    where rel.parent_id = item.id and rel.path = 'attachments'), '[]') as "attachments",
  coalesce((select json_agg(json_build_object('relationTo', case when rel.policies_id is not null then 'policies'
      when rel.approval_services_id is not null then 'approval-services' else 'disclosure-items' end,
      'value', coalesce(rel.policies_id, rel.approval_services_id, rel.disclosure_items_id)) order by rel."order")
    from disclosure_items_rels rel where rel.parent_id = item.id and rel.path = 'related'), '[]') as "related",
  item.updated_at as "updatedAt", item.created_at as "createdAt", item._status as "_status",
  item.index_number as "indexNumber", item.workflow_stage as "workflowStage"`

const envelope = (docs: unknown[], totalDocs: number, limit: number, page: number) => {
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs,
    totalDocs,
    limit,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

export type Baseline = { url: string; stop: () => Promise<void> }

/**
 * Routes (each the counterpart of an app request the benchmark makes):
 * - `GET /list?theme=<id>`: `GET /api/disclosure-items?where[theme][equals]=<id>&sort=-dateMade&limit=20&depth=0`
 * - `GET /item/<id>`: `GET /api/disclosure-items/<id>?depth=0`
 * - `POST /graphql` with `{ theme }`: the GraphQL list query's fields for the same filter
 * - `GET /lookup/<indexNumber>`: `GET /api/catalogue/<indexNumber>`
 */
export const startBaseline = async (databaseUrl: string): Promise<Baseline> => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  const listOf = async (theme: number, columns: string) => {
    const [docs, count] = await Promise.all([
      pool.query(
        `select ${columns} from disclosure_items item where item.theme_id = $1 and ${PUBLIC} order by item.date_made desc limit 20`,
        [theme],
      ),
      pool.query<{ count: string }>(
        `select count(*) from disclosure_items item where item.theme_id = $1 and ${PUBLIC}`,
        [theme],
      ),
    ])
    return envelope(docs.rows, Number(count.rows[0]!.count), 20, 1)
  }
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://baseline')
    if (url.pathname === '/list')
      return json(response, 200, await listOf(Number(url.searchParams.get('theme')), ITEM_COLUMNS))
    if (url.pathname.startsWith('/item/')) {
      const { rows } = await pool.query(
        `select ${ITEM_COLUMNS} from disclosure_items item where item.id = $1 and ${PUBLIC}`,
        [Number(url.pathname.slice(6))],
      )
      return rows[0] ? json(response, 200, rows[0]) : json(response, 404, { errors: [{ message: 'Not Found' }] })
    }
    if (url.pathname === '/graphql') {
      let body = ''
      for await (const chunk of request) body += chunk
      const { theme } = JSON.parse(body) as { theme: number }
      const list = await listOf(
        theme,
        `item.id, item.title, item.index_number as "indexNumber", item.date_made as "dateMade", item.document_number as "documentNumber", item.summary`,
      )
      return json(response, 200, { data: { DisclosureItems: { totalDocs: list.totalDocs, docs: list.docs } } })
    }
    if (url.pathname.startsWith('/lookup/')) {
      const indexNumber = decodeURIComponent(url.pathname.slice(8))
      const { rows } = await pool.query(
        `select register.index_number as "indexNumber", register.collection_slug as "collection", item.id, item.title
         from catalogue_numbers register join disclosure_items item on item.id = register.document_id::int
         where register.index_number = $1 and register.status = 'assigned' and register.collection_slug = 'disclosure-items' and ${PUBLIC}`,
        [indexNumber],
      )
      const found = rows[0] as undefined | { indexNumber: string }
      return found
        ? json(response, 200, { ...found, url: `/catalogue/${encodeURIComponent(found.indexNumber)}` })
        : json(response, 404, { errors: [] })
    }
    json(response, 404, { errors: [] })
  }
  const server = http.createServer((request, response) => {
    handle(request, response).catch((err: unknown) => json(response, 500, { errors: [{ message: String(err) }] }))
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await pool.end()
    },
  }
}
