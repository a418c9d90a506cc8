import { setImmediate as nextMacrotask } from 'node:timers/promises'

/**
 * Long CPU work done inside the app server (a content-security rescan of every published document) pauses
 * between units of work once `sliceMs` have passed since the last pause, so requests that arrived meanwhile are
 * answered: without it, a batch scanned in one go held every reader, the static files included, for its length
 * (~70 ms per 100 documents, at a million items for the whole rescan). An `await` of work that finishes at once
 * resolves as a microtask and lets no request in; a macrotask turn does.
 */
export const eventLoopSlices = ({
  sliceMs = 10,
  now = () => performance.now(),
}: {
  /** The longest run of work between two pauses, in ms. */
  sliceMs?: number
  /** The clock (tests pass their own). */
  now?: () => number
} = {}) => {
  let sliceStart = now()
  /** Call between units of work: pauses for one turn of the event loop when the slice is used up. */
  return async (): Promise<void> => {
    if (now() - sliceStart < sliceMs) return
    await nextMacrotask()
    sliceStart = now()
  }
}
