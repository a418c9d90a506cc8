import type { PublicationCount } from './publicationCounts'

/** Publications per month (YYYY-MM) and institution: the dashboard's first chart. */
export type MonthlyCounts = { months: string[]; series: Array<{ institution: number | null; counts: number[] }> }

/** The months from `from`'s to `to`'s, inclusive (YYYY-MM). */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > last) return months
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
}

export const publishedByMonth = (counted: PublicationCount[], from: string, to: string): MonthlyCounts => {
  const months = monthsBetween(from, to)
  const byInstitution = new Map<number | null, number[]>()
  for (const row of counted) {
    const counts = byInstitution.get(row.institution) ?? months.map(() => 0)
    const index = months.indexOf(row.month)
    if (index >= 0) counts[index]! += row.published
    byInstitution.set(row.institution, counts)
  }
  return { months, series: [...byInstitution].map(([institution, counts]) => ({ institution, counts })) }
}

/** Per institution: how many of its publications with a deadline kept it (published within 20 working days). */
export type OnTimeShare = { institution: number | null; published: number; onTime: number; share: number }

export const onTimeShares = (counted: PublicationCount[]): OnTimeShare[] => {
  const tally = new Map<number | null, { published: number; onTime: number }>()
  for (const row of counted) {
    if (row.withDeadline === 0) continue
    const entry = tally.get(row.institution) ?? { published: 0, onTime: 0 }
    entry.published += row.withDeadline
    entry.onTime += row.onTime
    tally.set(row.institution, entry)
  }
  return [...tally].map(([institution, { published, onTime }]) => ({
    institution,
    published,
    onTime,
    share: published === 0 ? 0 : onTime / published,
  }))
}
