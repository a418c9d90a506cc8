import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { InvalidationListener } from '../../../plugins/portal-publishing/invalidations/listener'

import { CACHE_HEADER, withApiCache } from '../../../plugins/portal-publishing'
import { announceInvalidation } from '../../../plugins/portal-publishing/invalidations/announce'
import {
  createInvalidationListener,
  LISTENER_APPLICATION_NAME,
} from '../../../plugins/portal-publishing/invalidations/listener'
import { invalidateResponseCaches } from '../../../src/lib/responseCache/processCaches'

/** The listeners this file creates run in this process; the app servers of other files listen on the same database. */
const ownListener = `${LISTENER_APPLICATION_NAME}:${process.pid}`
import { closePayload } from '../../../src/lib/database/closePayload'
import { config, getTestPayload } from '../../helpers/payload'
import { publisher } from '../portal-site/publish'

let payload: Payload
let admin: pg.Client
let listener: InvalidationListener | undefined
const applied: string[][] = []

const waitUntil = async (isDone: () => boolean, what: string, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs
  while (!isDone()) {
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeoutMs} ms; applied ${JSON.stringify(applied)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const waitForGone = async (pid: number) => {
  const deadline = Date.now() + 10_000
  while ((await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount !== 0) {
    if (Date.now() > deadline) throw new Error(`backend ${pid} still there`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const wasApplied = (tag: string) => applied.some((tags) => tags.includes(tag))

beforeAll(async () => {
  payload = await getTestPayload()
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  listener = createInvalidationListener({
    connection: (payload.db as unknown as PostgresAdapter).poolOptions,
    logger: payload.logger,
    retryMs: 1000,
    apply: async (tags) => {
      applied.push(tags)
    },
  })
  await listener.connected()
})

afterAll(async () => {
  await listener?.stop()
  await admin?.end()
  await closePayload(payload)
})

describe('invalidations through PostgreSQL', () => {
  it('should deliver an invalidation announced by any process to the listener', async () => {
    await announceInvalidation(payload, ['item:disclosure-items:900001', 'list:disclosure-items'])
    await waitUntil(() => wasApplied('item:disclosure-items:900001'), 'the announced tags')
    expect(applied.find((tags) => tags.includes('item:disclosure-items:900001'))).toEqual([
      'item:disclosure-items:900001',
      'list:disclosure-items',
    ])
  })

  it('should announce a publish and a withdrawal made through the Local API, after their commit', async () => {
    const publish = publisher(payload)
    const item = await publish.publishItem()
    await waitUntil(() => wasApplied(`item:disclosure-items:${item.id}`), 'the publish')
    const before = applied.length
    await publish.withdraw('disclosure-items', item.id)
    await waitUntil(
      () => applied.slice(before).some((tags) => tags.includes(`item:disclosure-items:${item.id}`)),
      'the withdrawal',
    )
  })

  it('should catch up from the table with what was announced while its connection was down', async () => {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [ownListener],
    )
    expect(rows).toHaveLength(1)
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid])
    await waitForGone(rows[0]!.pid)
    // Announced while the listener is disconnected (it waits a second before reconnecting): no NOTIFY reaches it.
    await announceInvalidation(payload, ['item:policies:900002'])
    await announceInvalidation(payload, ['item:policies:900003'])
    await waitUntil(
      () => wasApplied('item:policies:900002') && wasApplied('item:policies:900003'),
      'the caught-up tags',
    )
    // Read back from the table as one batch, not delivered as two notifications.
    expect(applied).toContainEqual(['item:policies:900002', 'item:policies:900003'])
    const { rows: after } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [ownListener],
    )
    expect(after).toHaveLength(1)
    expect(after[0]!.pid).not.toBe(rows[0]!.pid)
    // And it listens again: a later announcement arrives as a notification.
    await announceInvalidation(payload, ['item:policies:900004'])
    await waitUntil(() => wasApplied('item:policies:900004'), 'a notification after the reconnection')
    // Each caught-up row was applied once, not again when its notification or a later catch-up came.
    expect(applied.filter((tags) => tags.includes('item:policies:900002'))).toHaveLength(1)
  })

  it('should close its connection when stopped, also in the middle of reconnecting', async () => {
    const countListeners = async () =>
      (await admin.query('SELECT 1 FROM pg_stat_activity WHERE application_name = $1', [ownListener])).rowCount
    const before = await countListeners()
    const another = createInvalidationListener({
      connection: (payload.db as unknown as PostgresAdapter).poolOptions,
      logger: payload.logger,
      retryMs: 0,
      apply: async () => undefined,
    })
    await another.connected()
    expect(await countListeners()).toBe((before ?? 0) + 1)
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND backend_start = (SELECT max(backend_start) FROM pg_stat_activity WHERE application_name = $1)',
      [ownListener],
    )
    await another.stop()
    // Whatever it was doing (connected, or opening a new connection), nothing of it stays.
    const deadline = Date.now() + 5_000
    while ((await countListeners()) !== before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await countListeners()).toBe(before)
  })
})

describe('the API cache wrapper', () => {
  it('should not store an answer computed while an invalidation happened', async () => {
    let calls = 0
    const handler = withApiCache(config, async () => {
      calls++
      // A withdrawal commits and is applied while this read is still computing its answer: it emits the
      // item's tag and its collection's list tag (the list read's own tag, so its answer may be stale).
      if (calls === 1) invalidateResponseCaches(['item:disclosure-items:900005', 'list:disclosure-items'])
      return Response.json({ docs: [calls] })
    })
    const read = () => handler(new Request('http://localhost/api/disclosure-items?where[title][equals]=race'), {})
    const first = await read()
    expect(first.headers.get(CACHE_HEADER)).toBe('miss')
    const second = await read()
    expect(second.headers.get(CACHE_HEADER)).toBe('miss')
    expect(await second.json()).toEqual({ docs: [2] })
    const third = await read()
    expect(third.headers.get(CACHE_HEADER)).toBe('hit')
    expect(await third.json()).toEqual({ docs: [2] })
  })

  it('should compute concurrent misses of one read once', async () => {
    let calls = 0
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const handler = withApiCache(config, async () => {
      calls++
      await gate
      return Response.json({ docs: ['once'] })
    })
    const read = () => handler(new Request('http://localhost/api/policies?where[title][equals]=single-flight'), {})
    const answers = Promise.all([read(), read(), read()])
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    const states = (await answers).map((answer) => answer.headers.get(CACHE_HEADER)).sort()
    expect(calls).toBe(1)
    expect(states).toEqual(['hit', 'hit', 'miss'])
  })

  it('should bypass the cache for a signed-in reader and for collections the portal does not tag', async () => {
    const handler = withApiCache(config, async () => Response.json({ ok: true }))
    const signedIn = await handler(
      new Request('http://localhost/api/disclosure-items', { headers: { Authorization: 'JWT abc' } }),
      {},
    )
    expect(signedIn.headers.get(CACHE_HEADER)).toBe('bypass')
    const withCookie = await handler(
      new Request('http://localhost/api/disclosure-items', { headers: { Cookie: 'payload-token=abc' } }),
      {},
    )
    expect(withCookie.headers.get(CACHE_HEADER)).toBe('bypass')
    const draft = await handler(new Request('http://localhost/api/disclosure-items?draft=true'), {})
    expect(draft.headers.get(CACHE_HEADER)).toBe('bypass')
    const users = await handler(new Request('http://localhost/api/users'), {})
    expect(users.headers.get(CACHE_HEADER)).toBe('bypass')
  })
})
