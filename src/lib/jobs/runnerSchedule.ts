/** How often this instance's runner of the `workflow` queue ticks, and how many jobs it takes per tick. */
export type RunnerSchedule = { cron: string; limit: number }

const DEFAULT_INTERVAL_SECONDS = 10
const DEFAULT_BATCH_SIZE = 50

const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max

/**
 * From JOBS_INTERVAL_SECONDS (1–60, default 10) and JOBS_BATCH_SIZE (1–1000, default 50). The defaults move
 * 300 jobs a minute per instance: 100 workflow actions a minute send about 110 notifications, each out within
 * a tick. (Payload's own default, one tick a minute taking 10, left notifications waiting for ten minutes.)
 */
export const runnerSchedule = (env: Record<string, string | undefined> = process.env): RunnerSchedule => {
  const interval = Number(env.JOBS_INTERVAL_SECONDS ?? DEFAULT_INTERVAL_SECONDS)
  const limit = Number(env.JOBS_BATCH_SIZE ?? DEFAULT_BATCH_SIZE)
  const seconds = inRange(interval, 1, 60) ? interval : DEFAULT_INTERVAL_SECONDS
  return {
    // Croner's six-field form, seconds first.
    cron: seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *`,
    limit: inRange(limit, 1, 1000) ? limit : DEFAULT_BATCH_SIZE,
  }
}
