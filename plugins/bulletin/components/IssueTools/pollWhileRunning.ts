/**
 * Asks `load` at once, then again every `intervalMs` while `isRunning` says so of its answer, at most
 * `maxPolls` more times; then `onGiveUp`. An answer of null (the request failed) ends it. Answers a
 * function that stops it (for an effect's cleanup). Nothing is asked while nothing runs.
 */
export const pollWhileRunning = <T>({
  load,
  isRunning,
  intervalMs,
  maxPolls,
  onGiveUp,
}: {
  load: () => Promise<T | null>
  isRunning: (answer: T) => boolean
  intervalMs: number
  maxPolls: number
  onGiveUp: () => void
}): (() => void) => {
  let isStopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let polls = 0
  const ask = async () => {
    const answer = await load()
    if (isStopped || answer === null || !isRunning(answer)) return
    if (polls >= maxPolls) {
      onGiveUp()
      return
    }
    polls += 1
    timer = setTimeout(() => void ask(), intervalMs)
  }
  void ask()
  return () => {
    isStopped = true
    clearTimeout(timer)
  }
}
