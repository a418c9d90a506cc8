import type { CollectionConfig } from 'payload'

import { COUNTERS_SLUG } from '../defaults'

/**
 * One row per counter key (prefix + period). Incremented only inside the publishing transaction with
 * an upsert that row-locks it, so concurrent publishes queue on the row and a rolled-back publish
 * gives its serial back. Internal: no door reads or writes it.
 */
export const countersCollection = (): CollectionConfig => ({
  slug: COUNTERS_SLUG,
  labels: { singular: { zh: '索引号计数器', en: 'Index-number counter' }, plural: { zh: '索引号计数器', en: 'Index-number counters' } },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'lastSerial', type: 'number', required: true, defaultValue: 0 },
  ],
})
