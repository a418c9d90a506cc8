import type { IncomingMessage, ServerResponse } from 'node:http'

import http from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { PublicFiles } from './publicFiles'

import { setPageCacheLive } from '../lib/responseCache/processCaches'
import { createFrontHandler } from './answerFromCache'

const robots: PublicFiles = {
  paths: new Set(['/robots.txt']),
  answer: (_req, res, path) => {
    if (path !== '/robots.txt') return false
    res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *')
    return true
  },
}

/** Stands in for Next.js: renders a page when the test lets it, and counts the renders at once. */
const pageRenderer = () => {
  const state = { running: 0, mostAtOnce: 0, rendered: [] as string[] }
  const gates = new Map<string, () => void>()
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    state.running += 1
    state.mostAtOnce = Math.max(state.mostAtOnce, state.running)
    const path = req.url ?? '/'
    if (path.startsWith('/slow')) await new Promise<void>((resolve) => gates.set(path, resolve))
    else await new Promise((resolve) => setTimeout(resolve, 20))
    state.running -= 1
    state.rendered.push(path)
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(`<p>${path}</p>`)
  }
  return { state, handle, finish: (path: string) => gates.get(path)?.() }
}

const serve = async (renderSlots: number, handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => {
  const front = createFrontHandler({ handle, publicFiles: robots, isPageCacheEnabled: true, renderSlots })
  const server = http.createServer((req, res) => void front(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const get = async (path: string, signal?: AbortSignal) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal })
    return { status: response.status, cache: response.headers.get('x-cache'), body: await response.text() }
  }
  return { get, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('the front server: page renders take turns', () => {
  beforeEach(() => setPageCacheLive(true))
  afterEach(() => setPageCacheLive(false))

  it.each([1, 2])(
    'should render misses of different pages %i at a time, and answer every one of them',
    async (slots) => {
      const renderer = pageRenderer()
      const front = await serve(slots, renderer.handle)
      try {
        const answers = await Promise.all(
          ['/', '/catalogue', '/search?q=a', '/catalogue?year=2021'].map((path) => front.get(path)),
        )
        expect(answers.map((answer) => [answer.status, answer.cache])).toEqual(Array(4).fill([200, 'miss']))
        expect(answers[2]!.body).toBe('<p>/search?q=a</p>')
        expect(renderer.state.mostAtOnce).toBe(slots)
        expect(renderer.state.rendered).toHaveLength(4)
      } finally {
        await front.close()
      }
    },
  )

  it('should answer cached pages and static files while a render holds the only slot', async () => {
    const renderer = pageRenderer()
    const front = await serve(1, renderer.handle)
    try {
      await front.get('/catalogue')
      const slow = front.get('/slow')
      await expect.poll(() => renderer.state.running).toBe(1)
      await expect(front.get('/catalogue')).resolves.toMatchObject({ status: 200, cache: 'hit' })
      await expect(front.get('/robots.txt')).resolves.toMatchObject({ status: 200, body: 'User-agent: *' })
      // A miss waits for the slot: it has not been handed to the renderer while the slow page renders.
      const waiting = front.get('/search?q=b')
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(renderer.state.rendered).not.toContain('/search?q=b')
      renderer.finish('/slow')
      await expect(slow).resolves.toMatchObject({ status: 200, cache: 'miss' })
      await expect(waiting).resolves.toMatchObject({ status: 200, body: '<p>/search?q=b</p>' })
    } finally {
      await front.close()
    }
  })

  it('should not render for a visitor who left while waiting for a turn, and give the turn to the next', async () => {
    const renderer = pageRenderer()
    const front = await serve(1, renderer.handle)
    try {
      const slow = front.get('/slow')
      await expect.poll(() => renderer.state.running).toBe(1)
      const leaving = new AbortController()
      const abandoned = front.get('/catalogue?year=2020', leaving.signal).catch(() => 'left')
      const next = front.get('/catalogue?year=2021')
      await new Promise((resolve) => setTimeout(resolve, 50))
      leaving.abort()
      await expect(abandoned).resolves.toBe('left')
      await new Promise((resolve) => setTimeout(resolve, 50))
      renderer.finish('/slow')
      await expect(slow).resolves.toMatchObject({ status: 200 })
      await expect(next).resolves.toMatchObject({ status: 200, body: '<p>/catalogue?year=2021</p>' })
      expect(renderer.state.rendered).toEqual(['/slow', '/catalogue?year=2021'])
    } finally {
      await front.close()
    }
  })
})
