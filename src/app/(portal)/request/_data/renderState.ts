import { randomUUID } from 'node:crypto'

/**
 * A page rendered as the answer to a form's POST, with the status the POST deserves (400, 429) and the state
 * it produced (errors, the values typed, the tracking code). Next.js gives pages no say over their status and
 * no request body, so the route handler keeps the state here under a random id and renders the page by
 * asking this very process for it with the id in a header. The id is unguessable and used once: nobody can
 * make a page show another reader's state. The store is on globalThis because the route handler and the page
 * are separate bundles in one process.
 */
export const RENDER_STATE_HEADER = 'x-gongkai-render-state'

const TTL_MS = 60_000

type Entry = { state: unknown; expiresAt: number }

const store = (): Map<string, Entry> => {
  const holder = globalThis as { __gongkaiRenderStates?: Map<string, Entry> }
  holder.__gongkaiRenderStates ??= new Map()
  return holder.__gongkaiRenderStates
}

const keep = (state: unknown): string => {
  const now = Date.now()
  for (const [id, entry] of store()) if (entry.expiresAt < now) store().delete(id)
  const id = randomUUID()
  store().set(id, { state, expiresAt: now + TTL_MS })
  return id
}

/** The state the POST left for this render, if any; the page and its metadata both read it. */
export const readRenderState = <T>(headers: Headers): T | undefined => {
  const id = headers.get(RENDER_STATE_HEADER)
  const entry = id ? store().get(id) : undefined
  return entry && entry.expiresAt >= Date.now() ? (entry.state as T) : undefined
}

/** This server, as the production server and the instrumentation reach it (src/server/index.ts). */
const loopback = () => `http://127.0.0.1:${process.env.PORT ?? '3000'}`

/** The page at `path` rendered with `state`, answered with `status`; never kept by a cache. */
export const renderPage = async ({
  path,
  state,
  status,
}: {
  path: string
  state: unknown
  status: number
}): Promise<Response> => {
  const id = keep(state)
  try {
    const page = await fetch(`${loopback()}${path}`, { headers: { [RENDER_STATE_HEADER]: id }, cache: 'no-store' })
    return new Response(await page.text(), {
      status,
      headers: {
        'Content-Type': page.headers.get('content-type') ?? 'text/html; charset=utf-8',
        'Cache-Control': 'private, no-store',
      },
    })
  } finally {
    store().delete(id)
  }
}
