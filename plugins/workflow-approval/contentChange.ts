/**
 * Whether a write changes the document's content: the admin sends the whole form back on every save, so
 * comparing what was sent with what is stored tells an edit from a save of the same text. Pure.
 */
const IGNORED = new Set(['id', '_status', 'createdAt', 'updatedAt'])

const normalise = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    if ('id' in value && Object.keys(value).length > 2 && 'createdAt' in value) return (value as { id: unknown }).id
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => [key, normalise(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

export const changesContent = ({
  data,
  original,
  ignore = [],
}: {
  data: Record<string, unknown>
  original: Record<string, unknown> | undefined
  ignore?: readonly string[]
}): boolean =>
  Object.keys(data).some(
    (key) =>
      !IGNORED.has(key) &&
      !ignore.includes(key) &&
      JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original?.[key])),
  )
