import type { Where } from 'payload'

/**
 * The requests a period's figures can count: received before it ended, and still open or replied to since it
 * began. The rest of the years of requests (replied before the period) are counted nowhere in it, so the office's
 * dashboard and the annual report read only these. `start` and `end` are instants (the period's first and the
 * day after its last, in the office's time zone).
 */
export const countableInPeriod = ({ start, end }: { start: string; end: string }): Where => ({
  and: [
    { receivedOn: { less_than: end } },
    { or: [{ repliedOn: { exists: false } }, { repliedOn: { greater_than_equal: start } }] },
  ],
})
