/** The portal shows and groups dates in the government's time zone, not the server's. */
export const TIME_ZONE_OFFSET_HOURS = 8

const shifted = (iso: string) => new Date(new Date(iso).getTime() + TIME_ZONE_OFFSET_HOURS * 3600_000)

/** `2011-03-05` for a stored timestamp. */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? shifted(iso).toISOString().slice(0, 10) : ''

/** The instants a year starts and ends at, in the government's time zone, for a `where` on a date field. */
export const yearRange = (year: number) => ({
  greater_than_equal: new Date(Date.UTC(year, 0, 1) - TIME_ZONE_OFFSET_HOURS * 3600_000).toISOString(),
  less_than: new Date(Date.UTC(year + 1, 0, 1) - TIME_ZONE_OFFSET_HOURS * 3600_000).toISOString(),
})
