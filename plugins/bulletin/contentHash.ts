import crypto from 'node:crypto'

/**
 * JSON with object keys sorted at every level: the same content always gives the same text, whatever
 * order the database or an editor wrote the keys in.
 */
export const stableStringify = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`
}

export const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

export const contentHashOf = (value: unknown): string => sha256(stableStringify(value))
