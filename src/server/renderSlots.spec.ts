import { afterEach, describe, expect, it, vi } from 'vitest'

import { createRenderSlots } from './renderSlots'

/** Lets every settled promise's continuation run. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('render slots', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('should let one render at a time through and the next in only when it frees its slot', async () => {
    const slots = createRenderSlots({ limit: 1, maxHoldMs: 60_000 })
    const order: string[] = []
    const freeFirst = await slots.take()
    const second = slots.take().then((free) => {
      order.push('second')
      return free
    })
    await settle()
    expect(order).toEqual([])
    expect(slots.waiting).toBe(1)
    freeFirst()
    const freeSecond = await second
    expect(order).toEqual(['second'])
    expect(slots.running).toBe(1)
    freeSecond()
    expect(slots.running).toBe(0)
  })

  it('should hand the slots on in the order the renders asked for them', async () => {
    const slots = createRenderSlots({ limit: 2, maxHoldMs: 60_000 })
    const frees = [await slots.take(), await slots.take()]
    const started: number[] = []
    const waiting = [3, 4, 5].map((n) => slots.take().then((free) => (started.push(n), free)))
    await settle()
    expect(started).toEqual([])
    frees[1]!()
    await settle()
    expect(started).toEqual([3])
    frees[0]!()
    await settle()
    expect(started).toEqual([3, 4])
    ;(await waiting[0]!)()
    await settle()
    expect(started).toEqual([3, 4, 5])
  })

  it('should free a slot once however often its render frees it', async () => {
    const slots = createRenderSlots({ limit: 1, maxHoldMs: 60_000 })
    const free = await slots.take()
    const second = slots.take()
    const third = slots.take()
    free()
    free()
    await settle()
    expect(slots.waiting).toBe(1)
    ;(await second)()
    ;(await third)()
    expect(slots.running).toBe(0)
  })

  it('should give the slot to the next render when one holds it longer than maxHoldMs', async () => {
    vi.useFakeTimers()
    const slots = createRenderSlots({ limit: 1, maxHoldMs: 5000 })
    const stuck = await slots.take()
    let isNextIn = false
    const next = slots.take().then((free) => ((isNextIn = true), free))
    await vi.advanceTimersByTimeAsync(4999)
    expect(isNextIn).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(isNextIn).toBe(true)
    // The stuck render finishing later does not free the slot the next one holds.
    stuck()
    expect(slots.running).toBe(1)
    ;(await next)()
    expect(slots.running).toBe(0)
  })
})
