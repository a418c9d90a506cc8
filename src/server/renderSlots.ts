/**
 * At most `limit` portal page renders at once in this process; the others queue, first come first served.
 * Right after a publish every cached page is dropped and rendered again: five renders at once interleave
 * their data reads and React's synchronous work on one event loop, and a request for a static file or a
 * cached page waits behind all of them (at 200,000 items, 10 visitors per page: `/robots.txt` up to 50 ms
 * with every render at once, 25 ms one at a time, and the pages themselves answered no later).
 * A render that holds its slot longer than `maxHoldMs` (a slow page, a stuck read) gives it up to the next
 * one and goes on rendering: one page never keeps the others waiting for long.
 */
export const createRenderSlots = ({ limit, maxHoldMs }: { limit: number; maxHoldMs: number }) => {
  let running = 0
  const queue: Array<() => void> = []
  const handOn = () => {
    const next = queue.shift()
    if (next) next()
    else running -= 1
  }
  return {
    /** Resolves when the caller may render, with the function that frees its slot (once; later calls do nothing). */
    take: async (): Promise<() => void> => {
      if (running < limit) running += 1
      else await new Promise<void>((resolve) => queue.push(resolve))
      let isFree = false
      const free = () => {
        if (isFree) return
        isFree = true
        clearTimeout(timer)
        handOn()
      }
      const timer = setTimeout(free, maxHoldMs)
      timer.unref()
      return free
    },
    /** Renders holding a slot, and renders waiting for one. */
    get running() {
      return running
    },
    get waiting() {
      return queue.length
    },
  }
}
