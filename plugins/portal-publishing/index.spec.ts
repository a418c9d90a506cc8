import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { portalPublishing } from './index'

const items: CollectionConfig = {
  slug: 'disclosure-items',
  fields: [{ name: 'title', type: 'text' }],
  hooks: { afterChange: [() => undefined] },
}
const site: GlobalConfig = { slug: 'site-settings', fields: [{ name: 'governmentName', type: 'text' }] }
// The plugin only transforms the config: no database is ever started here.
const noDatabase: Config['db'] = {
  defaultIDType: 'number',
  init: () => {
    throw new Error('no database in a config-only test')
  },
}
const base: Config = { collections: [items], globals: [site], secret: 'x', db: noDatabase }

const run = (disabled: boolean) =>
  portalPublishing({ references: {}, collections: ['disclosure-items'], disabled })(base) as Config

describe('portalPublishing', () => {
  it('should add its collections and tasks whether enabled or not, so the schema stays the same', () => {
    for (const config of [run(false), run(true)]) {
      expect(config.collections!.map((collection) => collection.slug)).toEqual([
        'disclosure-items',
        'search-index',
        'webhooks',
        'webhook-deliveries',
      ])
      expect(config.jobs!.tasks!.map((task) => task.slug)).toEqual(['deliverWebhook', 'rebuildSearchIndex'])
    }
  })

  it('should add its hooks after the collection own ones, its endpoints and the autoRun when enabled', () => {
    const config = run(false)
    const hooks = config.collections![0]!.hooks!
    expect(hooks.afterChange).toHaveLength(2)
    expect(hooks.afterChange![0]).toBe(items.hooks!.afterChange![0])
    expect(hooks.afterDelete).toHaveLength(1)
    expect(config.endpoints!.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toEqual([
      'get /portal/search',
      'get /portal/facets',
      'post /portal/revalidate',
    ])
    expect(config.jobs!.autoRun).toEqual([{ cron: '* * * * * *', queue: 'portal-publishing', limit: 10 }])
    expect(config.globals![0]!.hooks!.afterChange).toHaveLength(1)
  })

  it('should refuse to start when a site-wide global it should watch is missing', () => {
    expect(() =>
      portalPublishing({ references: {}, collections: ['disclosure-items'] })({ ...base, globals: [] }),
    ).toThrow(/site-settings/)
  })

  it('should drop hooks, endpoints and the autoRun when disabled', () => {
    const config = run(true)
    expect(config.collections![0]).toBe(items)
    expect(config.globals![0]).toBe(site)
    expect(config.endpoints ?? []).toEqual([])
    expect(config.jobs!.autoRun).toBeUndefined()
  })
})
