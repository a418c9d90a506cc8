import type { CollectionSlug, Validate, Where } from 'payload'

type UniqueWithinArgs = {
  collection: CollectionSlug
  /** The field being validated. */
  field: string
  /** The sibling field that scopes uniqueness, e.g. a category's taxonomy. */
  scope: string
  /** The message for a value already taken within the scope. */
  message: (value: string) => string
}

/**
 * Refuses a value that another document already has within the same scope. The compound unique
 * index stays the backstop against races, but its error names no field ("kind, code"); this check
 * names the field, so the API and the admin show the error where it belongs.
 */
export const uniqueWithin =
  ({ collection, field, scope, message }: UniqueWithinArgs): Validate =>
  async (value, { id, req, siblingData }) => {
    const scopeValue = (siblingData as Record<string, unknown> | undefined)?.[scope]
    if (!value || scopeValue === null || scopeValue === undefined) return true
    const conditions: Where[] = [{ [scope]: { equals: scopeValue } }, { [field]: { equals: value } }]
    if (id !== undefined) conditions.push({ id: { not_equals: id } })
    const { totalDocs } = await req.payload.count({ collection, where: { and: conditions }, req, overrideAccess: true })
    return totalDocs === 0 ? true : message(String(value))
  }
