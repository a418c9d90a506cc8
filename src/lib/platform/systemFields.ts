import type { Field } from 'payload'

/**
 * A field only the system writes (the index number, a workflow's stage): marked on the field itself, so
 * another plugin finds such fields in the final config (`collection.fields` in a hook) whatever the
 * plugin order, without knowing the plugin that added them. A save that changes only these is no edit.
 */
export const writtenBySystem = <F extends Field>(field: F): F => ({
  ...field,
  custom: { ...field.custom, writtenBySystem: true },
})

const names = new WeakMap<readonly Field[], readonly string[]>()

/** The names of a collection's top-level fields marked `writtenBySystem`. */
export const systemWrittenFieldNames = (fields: readonly Field[]): readonly string[] => {
  const known = names.get(fields)
  if (known) return known
  const found = fields.flatMap((field) =>
    'name' in field && field.custom?.writtenBySystem === true ? [field.name] : [],
  )
  names.set(fields, found)
  return found
}
