import type { CollectionConfig, Field, GlobalConfig } from 'payload'

type Bilingual = { zh: string; en: string }

/** A label function Payload calls with the admin's i18n, that code can still read as `{ zh, en }`. */
export type BilingualLabel = ((args: { i18n: { language: string } }) => string) & Bilingual

const isBilingual = (label: unknown): label is Bilingual =>
  label != null &&
  typeof label === 'object' &&
  typeof (label as Bilingual).zh === 'string' &&
  typeof (label as Bilingual).en === 'string'

/**
 * Payload resolves label functions into the admin's client config (one per language), but hands `{ zh, en }`
 * objects through as they are, and some of its own aria-labels and tooltips put them into a sentence
 * unresolved: 「按 [object Object] 升序 排序」, 「创建新的 [object Object]」. A function gives them the text.
 */
export const bilingualLabel = <T>(label: T): T | BilingualLabel => {
  if (!isBilingual(label)) return label
  const { zh, en } = label
  return Object.assign(({ i18n }: { i18n: { language: string } }) => (i18n.language === 'en' ? en : zh), { zh, en })
}

const withLabel = <T extends object>(entity: T): T =>
  'label' in entity ? { ...entity, label: bilingualLabel(entity.label) } : entity

const withPluralLabels = <T extends { labels?: { singular?: unknown; plural?: unknown } }>(entity: T): T =>
  entity.labels
    ? {
        ...entity,
        labels: {
          ...entity.labels,
          singular: bilingualLabel(entity.labels.singular),
          plural: bilingualLabel(entity.labels.plural),
        },
      }
    : entity

/**
 * Fields whose admin component Payload renders on the server from a schema map it caches once for all
 * languages (rich text, ui): a label function there would be resolved in the first language served, for good.
 * They keep `{ zh, en }`, which their components translate as they render.
 */
const isRenderedFromCachedSchema = (field: Field) => field.type === 'richText' || field.type === 'ui'

/** Every field's label at any depth (rows, groups, arrays, tabs, blocks) as a label function. */
export const labelFunctions = (field: Field): Field => {
  const labelled = isRenderedFromCachedSchema(field) ? field : withLabel(field)
  let result = withPluralLabels(labelled as Field & { labels?: { singular?: unknown; plural?: unknown } }) as Field
  if ('fields' in result && Array.isArray(result.fields))
    result = { ...result, fields: result.fields.map(labelFunctions) } as Field
  if (result.type === 'tabs')
    result = {
      ...result,
      tabs: result.tabs.map((tab) => ({ ...withLabel(tab), fields: tab.fields.map(labelFunctions) })),
    }
  if (result.type === 'blocks') {
    result = {
      ...result,
      blocks: result.blocks.map((block) => ({ ...withPluralLabels(block), fields: block.fields.map(labelFunctions) })),
    }
  }
  return result
}

export const collectionLabelFunctions = (collection: CollectionConfig): CollectionConfig => withPluralLabels(collection)

export const globalLabelFunctions = (global: GlobalConfig): GlobalConfig => withLabel(global)
