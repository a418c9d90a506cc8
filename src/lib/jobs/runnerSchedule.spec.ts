import { describe, expect, it } from 'vitest'

import { runnerSchedule } from './runnerSchedule'

describe('the workflow queue runner’s schedule', () => {
  it('should tick every 10 seconds taking 50 jobs by default', () => {
    expect(runnerSchedule({})).toEqual({ cron: '*/10 * * * * *', limit: 50 })
  })

  it('should take the interval and batch size from the environment', () => {
    expect(runnerSchedule({ JOBS_INTERVAL_SECONDS: '5', JOBS_BATCH_SIZE: '200' })).toEqual({
      cron: '*/5 * * * * *',
      limit: 200,
    })
    expect(runnerSchedule({ JOBS_INTERVAL_SECONDS: '60' }).cron).toBe('0 * * * * *')
  })

  it('should fall back to the defaults for values out of range or not whole numbers', () => {
    expect(runnerSchedule({ JOBS_INTERVAL_SECONDS: '0', JOBS_BATCH_SIZE: 'many' })).toEqual({
      cron: '*/10 * * * * *',
      limit: 50,
    })
    expect(runnerSchedule({ JOBS_INTERVAL_SECONDS: '2.5', JOBS_BATCH_SIZE: '5000' })).toEqual({
      cron: '*/10 * * * * *',
      limit: 50,
    })
  })
})
