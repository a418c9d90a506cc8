import type { ClientField, Field, SanitizedConfig } from 'payload'

import { initI18n } from '@payloadcms/translations'
import { createClientConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { config } from '../../helpers/payload'

/**
 * The admin is Chinese by default with English selectable, so every field an admin user sees needs a
 * label and a description in both. Reads the built config only: no database, no Payload instance.
 */

type Walked = { path: string; field: Field }

/** `{ zh, en }`, or the label function the language plugin makes of it (which keeps both). */
const isBilingual = (value: unknown): boolean => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  const { zh, en } = value as { zh?: unknown; en?: unknown }
  return typeof zh === 'string' && zh.trim() !== '' && typeof en === 'string' && en.trim() !== ''
}

/**
 * Payload's own collections (jobs, key-value store, preferences, document locks, migrations) and globals (the jobs'
 * schedule statistics) are out of scope.
 */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/** Not shown anywhere in the admin: hidden from the API and admin, hidden in the admin, or disabled there (users.sessions). */
const isInvisible = (field: Field) => {
  const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
  return ('hidden' in field && field.hidden === true) || admin?.hidden === true || admin?.disabled === true
}

/** Fields Payload adds (`_status` of drafts): labelled through Payload's own zh and en translations. */
const isPayloadOwned = (field: Field) => 'name' in field && field.name.startsWith('_')

/** Every named field a user sees, at any depth (rows, groups, arrays, tabs, blocks), with its dotted path. */
const visibleNamedFields = (fields: Field[], prefix: string): Walked[] =>
  fields.flatMap((field): Walked[] => {
    if (isInvisible(field) || isPayloadOwned(field)) return []
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    const self = 'name' in field && field.name ? [{ path, field }] : []
    if (field.type === 'tabs') {
      return [
        ...self,
        ...field.tabs.flatMap((tab) =>
          visibleNamedFields(tab.fields, 'name' in tab && tab.name ? `${path}.${tab.name}` : path),
        ),
      ]
    }
    if (field.type === 'blocks') {
      return [
        ...self,
        ...(field.blocks ?? []).flatMap((block) => visibleNamedFields(block.fields, `${path}.${block.slug}`)),
      ]
    }
    if ('fields' in field && Array.isArray(field.fields)) return [...self, ...visibleNamedFields(field.fields, path)]
    return self
  })

const schemasOf = (built: SanitizedConfig) => [
  ...built.collections
    .filter((collection) => !isPayloadInternal(collection.slug))
    .map((collection) => ({ path: collection.slug, fields: collection.fields })),
  ...(built.globals ?? [])
    .filter((global) => !isPayloadInternal(global.slug))
    .map((global) => ({ path: `global:${global.slug}`, fields: global.fields })),
]

describe('admin labels and descriptions', () => {
  let built: SanitizedConfig
  let fields: Walked[]

  beforeAll(async () => {
    built = await config
    fields = schemasOf(built).flatMap(({ path, fields: schemaFields }) => visibleNamedFields(schemaFields, path))
  })

  it('should find the fields of the domain collections, the plugins and the globals', () => {
    const paths = fields.map(({ path }) => path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'disclosure-items.title',
        'policies.dateEffective',
        'approval-services.legalTimeLimit.workingDays',
        'disclosure-items.secrecyDecision',
        'bulletin-issues.sections.entries.frozen.contentHash',
        'catalogue-counters.lastSerial',
        'global:workflow-calendar.holidays.date',
      ]),
    )
    expect(paths.some((path) => path.startsWith('payload-'))).toBe(false)
    expect(paths).not.toContain('users.sessions')
  })

  it('should give every visible field a Chinese and an English label', () => {
    const unlabelled = fields
      .filter(({ field }) => !isBilingual('label' in field ? field.label : undefined))
      .map(({ path }) => path)
    expect(unlabelled, `fields without a { zh, en } label:\n${unlabelled.join('\n')}`).toEqual([])
  })

  // A ui field (the workflow panel, the backfill button) has no description in Payload: its component is all it shows.
  it('should give every visible data field a Chinese and an English description', () => {
    const undescribed = fields
      .filter(({ field }) => field.type !== 'ui')
      .filter(({ field }) => {
        const description = (field.admin as { description?: unknown } | undefined)?.description
        return typeof description !== 'function' && !isBilingual(description)
      })
      .map(({ path }) => path)
    expect(undescribed, `fields without a { zh, en } admin.description:\n${undescribed.join('\n')}`).toEqual([])
  })

  it('should name every collection and global in Chinese and English', () => {
    const unnamed = [
      ...built.collections
        .filter((collection) => !isPayloadInternal(collection.slug))
        .filter((collection) => !isBilingual(collection.labels?.singular) || !isBilingual(collection.labels?.plural))
        .map((collection) => collection.slug),
      ...(built.globals ?? [])
        .filter((global) => !isPayloadInternal(global.slug) && !isBilingual(global.label))
        .map((global) => `global:${global.slug}`),
    ]
    expect(unnamed, `collections and globals without { zh, en } labels:\n${unnamed.join('\n')}`).toEqual([])
  })

  // Payload puts some labels into sentences unresolved (sort buttons' and create buttons' aria-labels), so an
  // object there reads 「按 [object Object] 升序 排序」: the admin's client config must carry text.
  it('should give the admin text labels in each language, never objects', async () => {
    for (const language of ['zh', 'en'] as const) {
      const i18n = await initI18n({ config: built.i18n, context: 'client', language })
      const client = createClientConfig({ config: built, i18n, importMap: {}, user: true as never })
      const objects: string[] = []
      const walk = (clientFields: ClientField[], prefix: string) => {
        for (const field of clientFields) {
          const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
          // Rich text and ui fields keep { zh, en }: Payload renders them from a schema map cached across languages.
          const isKeptBilingual = field.type === 'richText' || field.type === 'ui'
          if (
            !isKeptBilingual &&
            'label' in field &&
            field.label != null &&
            typeof field.label !== 'string' &&
            field.label !== false
          )
            objects.push(path)
          if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, path)
          if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, path)
          if (field.type === 'blocks')
            for (const block of field.blocks ?? []) walk(block.fields, `${path}.${block.slug}`)
        }
      }
      for (const collection of client.collections) {
        if (typeof collection.labels.singular !== 'string' || typeof collection.labels.plural !== 'string')
          objects.push(collection.slug)
        walk(collection.fields, collection.slug)
      }
      for (const global of client.globals) {
        if (typeof global.label !== 'string') objects.push(`global:${global.slug}`)
        walk(global.fields, `global:${global.slug}`)
      }
      expect(objects, `labels that reach the ${language} admin as objects:\n${objects.join('\n')}`).toEqual([])
      const items = client.collections.find((collection) => collection.slug === 'disclosure-items')!
      expect(items.labels.singular).toBe(language === 'zh' ? '政府信息' : 'Disclosure item')
    }
  })
})
