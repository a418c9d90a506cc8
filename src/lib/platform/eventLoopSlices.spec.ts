import { describe, expect, it } from 'vitest'

import { eventLoopSlices } from './eventLoopSlices'

describe('eventLoopSlices', () => {
  it('lets a waiting timer run only once the slice is used up, then starts a new slice', async () => {
    let clock = 0
    const pause = eventLoopSlices({ sliceMs: 10, now: () => clock })
    let timerRan = false
    setImmediate(() => (timerRan = true))

    clock = 9
    await pause()
    // Inside the slice: the pause resolved as a microtask, before the waiting macrotask.
    expect(timerRan).toBe(false)

    clock = 10
    await pause()
    expect(timerRan).toBe(true)

    // The new slice began at 10: 19 is still inside it.
    let secondRan = false
    setImmediate(() => (secondRan = true))
    clock = 19
    await pause()
    expect(secondRan).toBe(false)
    clock = 20
    await pause()
    expect(secondRan).toBe(true)
  })
})
