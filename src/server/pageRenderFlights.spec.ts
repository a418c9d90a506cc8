import { describe, expect, it } from 'vitest'

import { createPageRenderFlights } from './pageRenderFlights'

const page = {
  status: 200,
  headers: [['content-type', 'text/html']] as Array<[string, string]>,
  body: new ArrayBuffer(4),
}

describe('page render flights', () => {
  it('should let a second miss of one page wait for the first render and share its answer', async () => {
    const flights = createPageRenderFlights()
    const settle = flights.lead(1, '/catalogue')
    const waiting = flights.running(1, '/catalogue')
    expect(waiting).toBeDefined()
    settle(page)
    await expect(waiting).resolves.toBe(page)
    expect(flights.running(1, '/catalogue')).toBeUndefined()
    expect(flights.size).toBe(0)
  })

  it('should not let a request after an invalidation wait for a render begun before it', () => {
    const flights = createPageRenderFlights()
    flights.lead(1, '/')
    expect(flights.running(2, '/')).toBeUndefined()
    expect(flights.running(1, '/other')).toBeUndefined()
  })

  it('should settle once: an abort after the answer was shared changes nothing', async () => {
    const flights = createPageRenderFlights()
    const settle = flights.lead(3, '/')
    const waiting = flights.running(3, '/')
    settle(page)
    settle(undefined)
    await expect(waiting).resolves.toBe(page)
  })

  it('should free the key when the leader had nothing to share, so the next miss renders itself', async () => {
    const flights = createPageRenderFlights()
    const settle = flights.lead(1, '/search?q=x')
    const waiting = flights.running(1, '/search?q=x')
    settle(undefined)
    await expect(waiting).resolves.toBeUndefined()
    const again = flights.lead(1, '/search?q=x')
    expect(flights.running(1, '/search?q=x')).toBeDefined()
    again(undefined)
  })
})
