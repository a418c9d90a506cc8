/** A document's id: a serial integer column (PostgreSQL `integer`), so nothing above this names a document. */
export const MAX_ID = 2_147_483_647

/** An id given in a path or a query: its digits, within a serial column's range; else null (a 404, never a 500). */
export const parseDocumentId = (value: unknown): null | number => {
  const text = String(value)
  if (!/^\d{1,10}$/.test(text)) return null
  const id = Number(text)
  return id >= 1 && id <= MAX_ID ? id : null
}

/**
 * The id a relationship or upload value names, populated (`{ id, ... }`) or not (the id, or its digits as
 * clients send them); null for anything else.
 */
export const relationId = (value: unknown): null | number => {
  const raw = value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? value.id : value
  const id = typeof raw === 'string' && /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : raw
  return typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= MAX_ID ? id : null
}
