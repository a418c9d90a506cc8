/** The middle value (the mean of the two middle ones for an even count); robust to one noisy run. */
export const median = (values: number[]): number => {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Relative change of `value` against `reference`, in percent (positive: slower, larger). */
export const percentChange = (value: number, reference: number): number => (value / reference - 1) * 100
