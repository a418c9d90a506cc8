import type { CollectionSlug, Payload } from 'payload'

type Option = { value: string; label: unknown }
type FieldLike = { name?: string; type?: string; options?: unknown[]; flattenedFields?: FieldLike[] }

const chinese = (label: unknown): string =>
  typeof label === 'string'
    ? label
    : label && typeof label === 'object' && 'zh' in label
      ? String((label as { zh: unknown }).zh)
      : ''

/** Depth first, so a select inside an array (a service's material form) is found too. */
const findField = (fields: FieldLike[], name: string): FieldLike | undefined => {
  for (const field of fields) {
    if (field.name === name && field.options) return field
    const inner = field.flattenedFields ? findField(field.flattenedFields, name) : undefined
    if (inner) return inner
  }
  return undefined
}

/**
 * The Chinese labels of a select field, read from the collection config: the config is the one source
 * of the option lists (validity, level, service type, institution kind…), so the portal never repeats them.
 */
export const optionLabels = (
  payload: Payload,
  collection: CollectionSlug,
  fieldName: string,
): Record<string, string> => {
  const fields = payload.collections[collection].config.flattenedFields as FieldLike[]
  const field = findField(fields, fieldName)
  const options = (field?.options ?? []) as Array<Option | string>
  return Object.fromEntries(
    options.map((option) => (typeof option === 'string' ? [option, option] : [option.value, chinese(option.label)])),
  )
}
