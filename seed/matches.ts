const isTimestamp = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0)

/**
 * Whether a stored document already holds what the seed would write: every value in `expected` is in
 * `actual`, which may have more (ids of array rows, timestamps, defaults). Key order is ignored
 * (PostgreSQL's jsonb reorders keys), timestamps compare by instant, and an empty list equals none.
 */
export const matches = (expected: unknown, actual: unknown): boolean => {
  if (expected === undefined) return true
  if (isEmpty(expected) || isEmpty(actual)) return isEmpty(expected) && isEmpty(actual)
  if (typeof expected === 'string' && typeof actual === 'string' && isTimestamp(expected) && isTimestamp(actual)) {
    return Date.parse(expected) === Date.parse(actual)
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((item, i) => matches(item, actual[i]))
    )
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return false
    const record = actual as Record<string, unknown>
    return Object.entries(expected as Record<string, unknown>).every(([key, value]) => matches(value, record[key]))
  }
  return expected === actual
}
