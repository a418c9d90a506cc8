import { describe, expect, it } from 'vitest'

import { singleFlight } from './singleFlight'

/** A computation that finishes only when the test says so. */
const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('singleFlight', () => {
  it('should compute once for concurrent calls of one key and give every caller the result', async () => {
    const flight = singleFlight<number>()
    const gate = deferred<number>()
    let computations = 0
    const compute = () => {
      computations += 1
      return gate.promise
    }
    const calls = Array.from({ length: 10 }, () => flight('facets', compute))
    gate.resolve(42)
    expect(await Promise.all(calls)).toEqual(Array(10).fill(42))
    expect(computations).toBe(1)
  })

  it('should compute each key on its own', async () => {
    const flight = singleFlight<string>()
    const computed: string[] = []
    const results = await Promise.all(
      ['a', 'b', 'a'].map((key) => flight(key, async () => (computed.push(key), key.toUpperCase()))),
    )
    expect(results).toEqual(['A', 'B', 'A'])
    expect(computed).toEqual(['a', 'b'])
  })

  it('should give a rejection to every waiter and not keep it', async () => {
    const flight = singleFlight<number>()
    const gate = deferred<number>()
    let computations = 0
    const failing = () => {
      computations += 1
      return gate.promise
    }
    const calls = Array.from({ length: 5 }, () => flight('facets', failing))
    gate.reject(new Error('database gone'))
    const settled = await Promise.allSettled(calls)
    expect(settled.map((result) => result.status)).toEqual(Array(5).fill('rejected'))
    expect(
      settled.every((result) => result.status === 'rejected' && (result.reason as Error).message === 'database gone'),
    ).toBe(true)
    expect(computations).toBe(1)

    expect(await flight('facets', async () => ((computations += 1), 7))).toBe(7)
    expect(computations).toBe(2)
  })

  it('should compute again once the earlier flight has finished', async () => {
    const flight = singleFlight<number>()
    let computations = 0
    const compute = async () => ++computations
    expect(await flight('latest', compute)).toBe(1)
    expect(await flight('latest', compute)).toBe(2)
  })

  it('should share a computation that throws before its first await', async () => {
    const flight = singleFlight<number>()
    let computations = 0
    const throwing = (): Promise<number> => {
      computations += 1
      throw new Error('bad input')
    }
    const settled = await Promise.allSettled([flight('x', throwing), flight('x', throwing)])
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(computations).toBe(1)
    expect(await flight('x', async () => ((computations += 1), 3))).toBe(3)
  })
})
