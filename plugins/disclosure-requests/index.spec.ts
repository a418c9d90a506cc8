import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { disclosureRequests, REQUESTS_SLUG } from './index'

const base: Config = {
  collections: [
    { slug: 'institutions', fields: [] },
    { slug: 'media', fields: [], upload: true },
  ],
  globals: [{ slug: 'workflow-calendar', fields: [] }],
} as unknown as Config

const requestsOf = (config: Config): CollectionConfig =>
  config.collections!.find((collection) => collection.slug === REQUESTS_SLUG)!

/** What the database schema is made of: the fields without their behaviour (hooks, validation, admin). */
const schemaOf = (collection: CollectionConfig) =>
  JSON.stringify(collection.fields, (key, value: unknown) =>
    ['hooks', 'validate', 'admin'].includes(key) || typeof value === 'function' ? undefined : value,
  )

describe('disclosureRequests', () => {
  it('should keep the same fields when disabled, and drop the hooks', async () => {
    const enabled = requestsOf(await disclosureRequests()(base))
    const disabled = requestsOf(await disclosureRequests({ disabled: true })(base))
    expect(schemaOf(disabled)).toBe(schemaOf(enabled))
    expect(schemaOf(enabled)).toContain('"trackingCode"')
    expect(enabled.hooks?.beforeChange?.length).toBe(4)
    expect(disabled.hooks?.beforeChange ?? []).toEqual([])
  })

  it('should keep access rules when disabled: personal data stays closed', async () => {
    const disabled = requestsOf(await disclosureRequests({ disabled: true })(base))
    const read = disabled.access!.read!
    expect(await read({ req: { user: null } } as never)).toBe(false)
  })

  it('should refuse to start without the institutions collection, naming it', async () => {
    const withoutInstitutions = { collections: [{ slug: 'media', fields: [] }] } as unknown as Config
    await expect(async () => disclosureRequests()(withoutInstitutions)).rejects.toThrow(/"institutions"/)
  })

  it('should refuse to start without the working-day calendar, naming it', async () => {
    const withoutCalendar = { ...base, globals: [] } as unknown as Config
    await expect(async () => disclosureRequests()(withoutCalendar)).rejects.toThrow(/"workflow-calendar"/)
  })
})
