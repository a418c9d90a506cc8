import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { pollWhileRunning } from './pollWhileRunning'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

const start = (answers: Array<string | null>, maxPolls = 5) => {
  let calls = 0
  const onGiveUp = vi.fn()
  const stop = pollWhileRunning({
    load: async () => answers[Math.min(calls++, answers.length - 1)] ?? null,
    isRunning: (status) => status === 'running',
    intervalMs: 1000,
    maxPolls,
    onGiveUp,
  })
  return { calls: () => calls, onGiveUp, stop }
}

describe('pollWhileRunning', () => {
  it('should ask once and never again when nothing runs', async () => {
    const poll = start(['done'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(poll.calls()).toBe(1)
  })

  it('should ask while an export runs and stop when it is done', async () => {
    const poll = start(['running', 'running', 'done', 'running'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(poll.calls()).toBe(3)
    expect(poll.onGiveUp).not.toHaveBeenCalled()
  })

  it('should give up after the most polls allowed when the export never ends', async () => {
    const poll = start(['running'], 5)
    await vi.advanceTimersByTimeAsync(600_000)
    expect(poll.calls()).toBe(6)
    expect(poll.onGiveUp).toHaveBeenCalledOnce()
  })

  it('should stop when stopped, and when a request fails', async () => {
    const stopped = start(['running'])
    await vi.advanceTimersByTimeAsync(1500)
    stopped.stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(stopped.calls()).toBe(2)
    const failed = start([null])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(failed.calls()).toBe(1)
  })
})
