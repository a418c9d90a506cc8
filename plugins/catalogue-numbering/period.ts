/**
 * The moment a number's {yyyy} and {mm} are read from: the document's own date (when it was made) if the
 * collection names one and it is set, else when it was published. A date-only field is stored as a
 * moment too; read in the office's time zone, it gives the day the editor picked.
 */
export const numberDateOf = ({
  doc,
  dateField,
  publishedAt,
}: {
  doc: Record<string, unknown>
  /** The collection's date field, or undefined: number by publication. */
  dateField: string | undefined
  publishedAt: Date
}): Date => {
  const value = dateField ? doc[dateField] : undefined
  if (typeof value !== 'string' && !(value instanceof Date)) return publishedAt
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? publishedAt : date
}
