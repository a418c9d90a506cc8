import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LISTENER_APPLICATION_NAME } from '../../plugins/portal-publishing/invalidations/listener'
import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { type AppServer, ensureBuild, startAppServer } from '../helpers/appServer'
import { createInstitution, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { publisher } from '../int/portal-site/publish'

/**
 * The anonymous API cache and the portal page cache on two production servers (what `npm start` runs) of
 * one database: reads are served from them, and a change made anywhere (here: the test process's Local API,
 * as the seed or an import would) reaches both instances' caches and portal pages through PostgreSQL within
 * two seconds.
 */

let payload: Payload
let serverA: AppServer
let serverB: AppServer
let admin: pg.Client

const SHOWS_WITHIN_MS = 2_000

type Answer = { status: number; cache: string | null; json: Record<string, unknown> }

const get = async (server: AppServer, path: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    json: (await response.json()) as Record<string, unknown>,
  }
}

const graphql = async (server: AppServer, query: string): Promise<Answer> => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    json: (await response.json()) as Record<string, unknown>,
  }
}

/**
 * Reads until the answer comes from the cache. Other test files publish at the same time, and each
 * publish may drop the entry again, so a hit is waited for rather than expected on the second read.
 */
const readUntilHit = async (read: () => Promise<Answer>): Promise<Answer> => {
  for (let attempt = 0; attempt < 30; attempt++) {
    const answer = await read()
    if (answer.cache === 'hit') return answer
  }
  throw new Error('never answered from the cache')
}

/** Polls until `isShown` holds, for at most `timeoutMs` after the change returned. */
const shownWithin = async (isShown: () => Promise<boolean>, timeoutMs = SHOWS_WITHIN_MS) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await isShown()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return isShown()
}

const titlesOf = (answer: Answer) => ((answer.json.docs ?? []) as Array<{ title: string }>).map((doc) => doc.title)
const listOf = (institution: number) =>
  `/api/disclosure-items?where[institution][equals]=${institution}&sort=title&depth=1`
const permalink = (indexNumber: string) => `/catalogue/${indexNumber.split('/').map(encodeURIComponent).join('/')}`
const pageText = async (server: AppServer, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    type: response.headers.get('content-type'),
    encoding: response.headers.get('content-encoding'),
    text: await response.text(),
  }
}
type Page = Awaited<ReturnType<typeof pageText>>

/** Like readUntilHit, for a portal page. */
const pageUntilHit = async (server: AppServer, path: string, headers: Record<string, string> = {}): Promise<Page> => {
  for (let attempt = 0; attempt < 30; attempt++) {
    const page = await pageText(server, path, headers)
    if (page.cache === 'hit') return page
  }
  throw new Error(`${path} was never answered from the page cache`)
}
const cataloguePage = (institution: number) => `/catalogue?institution=${institution}`

beforeAll(async () => {
  payload = await getTestPayload()
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  await ensureBuild()
  serverA = await startAppServer()
  serverB = await startAppServer()
}, 900_000)

afterAll(async () => {
  await serverA?.stop()
  await serverB?.stop()
  await admin?.end()
})

describe('anonymous API cache', () => {
  it(
    'should answer anonymous REST list and by-id reads and GraphQL from the cache, and never a signed-in read',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('缓存测试局') })
      const item = await publisher(payload).publishItem({ institution: institution.id })

      const list = await readUntilHit(() => get(serverA, listOf(institution.id)))
      expect(list.status).toBe(200)
      expect(titlesOf(list)).toEqual([item.title])
      const byId = await readUntilHit(() => get(serverA, `/api/disclosure-items/${item.id}`))
      expect(byId.json.title).toBe(item.title)
      const query = `{ DisclosureItems(where: { institution: { equals: ${institution.id} } }) { docs { id title } } }`
      const fromGraphql = await readUntilHit(() => graphql(serverA, query))
      expect(fromGraphql.json).toEqual({ data: { DisclosureItems: { docs: [{ id: item.id, title: item.title }] } } })

      const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
      const credentials: Array<Record<string, string>> = [
        { Authorization: `JWT ${editor.token}` },
        { Cookie: `payload-token=${editor.token}` },
      ]
      for (const headers of credentials) {
        const signedIn = await get(serverA, listOf(institution.id), headers)
        expect(signedIn.status).toBe(200)
        expect(signedIn.cache).toBe('bypass')
      }
      // Users are not portal content: never cached, even anonymously.
      expect((await get(serverA, '/api/users/me')).cache).toBe('bypass')
    },
  )

  it(
    'should show a change made in another process on instance B, its API and its portal page, within two seconds',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('跨实例测试局') })
      const item = await publisher(payload).publishItem({ institution: institution.id })
      await readUntilHit(() => get(serverB, `/api/disclosure-items/${item.id}`))
      await readUntilHit(() => get(serverB, listOf(institution.id)))
      const page = permalink(item.indexNumber!)
      expect((await pageUntilHit(serverB, page)).text).toContain(item.title)
      expect((await pageUntilHit(serverB, cataloguePage(institution.id))).text).toContain(item.title)

      const title = unique('更正后的标题')
      await payload.update({
        collection: 'disclosure-items',
        id: item.id,
        data: { title },
        depth: 0,
        context: systemPublishContext(),
      })
      expect(
        await shownWithin(async () => (await get(serverB, `/api/disclosure-items/${item.id}`)).json.title === title),
      ).toBe(true)
      expect(await shownWithin(async () => titlesOf(await get(serverB, listOf(institution.id))).includes(title))).toBe(
        true,
      )
      expect(await shownWithin(async () => (await pageText(serverB, page)).text.includes(title))).toBe(true)
      expect(
        await shownWithin(async () => (await pageText(serverB, cataloguePage(institution.id))).text.includes(title)),
      ).toBe(true)
      expect((await get(serverA, `/api/disclosure-items/${item.id}`)).json.title).toBe(title)
      // The listener expired the Next.js cache through its own server, which answered.
      for (const server of [serverA, serverB]) expect(server.logs()).not.toContain('loopback failed')
    },
  )

  it(
    'should never serve a withdrawn item or one switched to 依申请公开 from a cached list or by-id read',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('撤回测试局') })
      const publish = publisher(payload)
      const withdrawn = await publish.publishItem({ institution: institution.id, title: unique('甲-将撤回') })
      const onRequest = await publish.publishItem({ institution: institution.id, title: unique('乙-改为依申请公开') })
      const kept = await publish.publishItem({ institution: institution.id, title: unique('丙-保留') })
      for (const server of [serverA, serverB]) {
        expect(titlesOf(await readUntilHit(() => get(server, listOf(institution.id))))).toHaveLength(3)
        for (const { id } of [withdrawn, onRequest, kept])
          await readUntilHit(() => get(server, `/api/disclosure-items/${id}`))
        for (const { indexNumber } of [withdrawn, onRequest])
          expect((await pageUntilHit(server, permalink(indexNumber!))).status).toBe(200)
        const catalogue = await pageUntilHit(server, cataloguePage(institution.id))
        for (const { title } of [withdrawn, onRequest, kept]) expect(catalogue.text).toContain(title)
      }

      await publish.withdraw('disclosure-items', withdrawn.id)
      await payload.update({
        collection: 'disclosure-items',
        id: onRequest.id,
        data: { disclosureMethod: 'on-request' },
        depth: 0,
        context: systemPublishContext(),
      })

      for (const server of [serverA, serverB]) {
        expect(
          await shownWithin(async () => titlesOf(await get(server, listOf(institution.id))).join() === kept.title),
        ).toBe(true)
        for (const { id } of [withdrawn, onRequest]) {
          expect(await shownWithin(async () => (await get(server, `/api/disclosure-items/${id}`)).status !== 200)).toBe(
            true,
          )
        }
        expect((await get(server, `/api/disclosure-items/${kept.id}`)).status).toBe(200)
        for (const { indexNumber } of [withdrawn, onRequest]) {
          expect(await shownWithin(async () => (await pageText(server, permalink(indexNumber!))).status === 404)).toBe(
            true,
          )
        }
        const isGoneFromCatalogue = async () => {
          const { text } = await pageText(server, cataloguePage(institution.id))
          return text.includes(kept.title) && !text.includes(withdrawn.title) && !text.includes(onRequest.title)
        }
        expect(await shownWithin(isGoneFromCatalogue)).toBe(true)
        // Still not served from the cache afterwards: a withdrawn page is a 404, which is never kept.
        expect((await pageText(server, permalink(withdrawn.indexNumber!))).cache).not.toBe('hit')
      }
    },
  )

  it('should still reach both instances after their LISTEN connections were killed', { timeout: 120_000 }, async () => {
    const institution = await createInstitution(payload, { name: unique('重连测试局') })
    const item = await publisher(payload).publishItem({ institution: institution.id })
    for (const server of [serverA, serverB]) await readUntilHit(() => get(server, `/api/disclosure-items/${item.id}`))

    // Exactly these two instances' listeners (other test files' servers listen on the same database).
    const names = (await Promise.all([serverA, serverB].map((server) => server.processIds())))
      .flat()
      .map((pid) => `${LISTENER_APPLICATION_NAME}:${pid}`)
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = any($1)',
      [names],
    )
    expect(rows).toHaveLength(2)
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = any($1)', [
      names,
    ])
    const title = unique('断线期间改的标题')
    await payload.update({
      collection: 'disclosure-items',
      id: item.id,
      data: { title },
      depth: 0,
      context: systemPublishContext(),
    })

    // Reconnecting takes a second; then each instance reads what it missed from the table.
    for (const server of [serverA, serverB]) {
      expect(
        await shownWithin(
          async () => (await get(server, `/api/disclosure-items/${item.id}`)).json.title === title,
          15_000,
        ),
      ).toBe(true)
    }
  })
})

describe('portal page cache', () => {
  it(
    'should answer anonymous portal pages from the cache, one entry per encoding and per RSC request',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('页面缓存测试局') })
      const item = await publisher(payload).publishItem({ institution: institution.id })
      const page = permalink(item.indexNumber!)

      const gzipped = await pageUntilHit(serverA, page, { 'Accept-Encoding': 'gzip' })
      expect(gzipped.status).toBe(200)
      expect(gzipped.encoding).toBe('gzip')
      expect(gzipped.text).toContain(item.title)
      const plain = await pageUntilHit(serverA, page, { 'Accept-Encoding': 'identity' })
      expect(plain.encoding).toBeNull()
      expect(plain.text).toContain(item.title)
      // A client-side navigation asks the same URL for a React payload: never answered with the HTML.
      const navigation = await pageUntilHit(serverA, page, { RSC: '1' })
      expect(navigation.type).toContain('text/x-component')
      expect(navigation.text).not.toMatch(/^<!DOCTYPE html>/i)
      for (const path of ['/', cataloguePage(institution.id), `/search?q=${encodeURIComponent(item.title)}`]) {
        expect((await pageUntilHit(serverA, path)).status).toBe(200)
      }
      // The static files of public/ are Next.js's to serve.
      expect((await pageText(serverA, '/robots.txt')).cache).toBeNull()
    },
  )

  it(
    'should render a page once for visitors who ask for it together, and give each of them that answer',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('同时访问测试局') })
      const item = await publisher(payload).publishItem({ institution: institution.id })
      // The publish's invalidations have reached this instance once its page is kept again.
      await pageUntilHit(serverA, permalink(item.indexNumber!))
      /** Ten requests at once for a page no one asked for yet: the first misses, the others arrive while it renders. */
      const burst = async (page: string) => {
        const answers = await Promise.all(Array.from({ length: 10 }, () => pageText(serverA, page)))
        for (const answer of answers) expect(answer.status).toBe(200)
        // A shared answer is the render's own bytes (a nonce or timestamp in it would differ in another render).
        const rendered = answers.filter((answer) => answer.cache === 'miss').map((answer) => answer.text)
        const shared = answers.filter((answer) => answer.cache === 'shared')
        for (const answer of shared) expect(rendered).toContain(answer.text)
        expect(rendered.length + shared.length).toBe(10)
        return { misses: rendered.length, shared: shared.length }
      }
      // Other test files publish meanwhile, and each publish drops the pages, so a request arriving after it
      // starts a render of its own: a burst with one render is waited for, over a few pages.
      const bursts = []
      for (let attempt = 0; attempt < 5; attempt++) {
        const counts = await burst(`/search?q=${encodeURIComponent(`${item.title} ${attempt}`)}`)
        bursts.push(counts)
        if (counts.misses === 1) break
      }
      expect(bursts.at(-1)).toEqual({ misses: 1, shared: 9 })
    },
  )

  it(
    'should never answer a signed-in, draft-mode or preview request from the page cache',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload, { name: unique('页面绕过测试局') })
      const item = await publisher(payload).publishItem({ institution: institution.id })
      const page = permalink(item.indexNumber!)
      await pageUntilHit(serverA, page)

      const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
      const credentialed: Array<Record<string, string>> = [
        { Authorization: `JWT ${editor.token}` },
        { Cookie: `payload-token=${editor.token}` },
        { Cookie: '__prerender_bypass=anything' },
        { Cookie: '__next_preview_data=anything' },
      ]
      for (const headers of credentialed) {
        for (let attempt = 0; attempt < 3; attempt++) {
          const answer = await pageText(serverA, page, headers)
          expect(answer.status).toBe(200)
          expect(answer.cache).toBe('bypass')
        }
      }
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await pageText(serverA, `/preview/disclosure-items/${item.id}`)).cache).not.toBe('hit')
      }
    },
  )
})

describe('static files of public/', () => {
  it('should answer them from memory as Next.js would, a conditional GET with 304 and another method with 405', async () => {
    const onDisk = await readFile(new URL('../../public/robots.txt', import.meta.url), 'utf8')
    const robots = await fetch(`${serverA.url}/robots.txt`)
    expect(robots.status).toBe(200)
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=UTF-8')
    expect(robots.headers.get('cache-control')).toBe('public, max-age=0')
    // The security headers every answer carries.
    expect(robots.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await robots.text()).toBe(onDisk)
    const etag = robots.headers.get('etag')!
    expect(etag).toMatch(/^W\/"/)

    const unchanged = await fetch(`${serverA.url}/robots.txt`, { headers: { 'If-None-Match': etag } })
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')
    const head = await fetch(`${serverA.url}/robots.txt`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(onDisk)))
    const posted = await fetch(`${serverA.url}/robots.txt`, { method: 'POST', body: 'x' })
    expect(posted.status).toBe(405)
    expect(posted.headers.get('allow')).toBe('GET, HEAD')

    const icon = await fetch(`${serverA.url}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toBe('image/x-icon')
    const iconOnDisk = await readFile(new URL('../../public/favicon.ico', import.meta.url))
    expect(Buffer.from(await icon.arrayBuffer()).equals(iconOnDisk)).toBe(true)
    // Not a file of public/: still Next.js's (a portal 404 page).
    expect((await fetch(`${serverA.url}/robots2.txt`)).status).toBe(404)
  })
})
