import type { CollectionConfig, Config, Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { bulletin } from './index'

/** The names of the fields that hold data: ui fields (the tools panel) have no column. */
const names = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    field.type === 'ui'
      ? []
      : ('name' in field ? [field.name] : []).concat('fields' in field ? names(field.fields) : []),
  )

const shape = (config: Config) =>
  (config.collections ?? []).map((collection: CollectionConfig) => ({
    slug: collection.slug,
    fields: names(collection.fields),
    versions: Boolean(collection.versions),
  }))

/** The collections the bulletin places documents from (its default `sources`). */
const domain = {
  collections: [
    { slug: 'disclosure-items', fields: [] },
    { slug: 'policies', fields: [] },
  ],
} as unknown as Config

describe('bulletin plugin', () => {
  it('should keep the same collections, fields and task when disabled, without hooks or endpoints', () => {
    const enabled = bulletin()(domain) as Config
    const disabled = bulletin({ disabled: true })(domain) as Config
    expect(shape(disabled)).toEqual(shape(enabled))
    expect(disabled.jobs?.tasks?.map((task) => task.slug)).toEqual(enabled.jobs?.tasks?.map((task) => task.slug))
    const issues = (config: Config) => config.collections!.find((collection) => collection.slug === 'bulletin-issues')!
    expect(issues(enabled).hooks?.beforeChange?.length).toBe(1)
    expect(issues(disabled).hooks?.beforeChange ?? []).toHaveLength(0)
    expect(issues(enabled).endpoints).not.toHaveLength(0)
    expect(issues(disabled).endpoints ?? []).toHaveLength(0)
    const hasTools = (config: Config) =>
      issues(config).fields.some((field) => field.type === 'ui' && field.name === 'issueTools')
    expect(hasTools(enabled)).toBe(true)
    expect(hasTools(disabled)).toBe(false)
  })

  it('should start new issues with the configured columns', () => {
    const config = bulletin({ columns: [{ key: 'news', heading: '要闻' }] })(domain) as Config
    const sections = config
      .collections!.find((collection) => collection.slug === 'bulletin-issues')!
      .fields.find((field) => 'name' in field && field.name === 'sections')
    expect(sections && 'defaultValue' in sections ? sections.defaultValue : null).toEqual([
      { column: 'news', heading: '要闻', entries: [] },
    ])
  })
})
