import type { CollectionConfig } from 'payload'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { COUNTERS_SLUG } from '../defaults'

/**
 * One row per counter key (prefix + period). Incremented only inside the publishing transaction with
 * an upsert that row-locks it, so concurrent publishes queue on the row and a rolled-back publish
 * gives its serial back. Internal: no door reads or writes it.
 */
export const countersCollection = (): CollectionConfig => ({
  slug: COUNTERS_SLUG,
  labels: {
    singular: { zh: '索引号计数器', en: 'Index-number counter' },
    plural: { zh: '索引号计数器', en: 'Index-number counters' },
  },
  admin: { hidden: true },
  access: writtenBySystemOnly({ read: () => false }),
  graphQL: false,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '计数键', en: 'Counter key' },
      admin: {
        description: {
          zh: '模式代入机构和期间后的前缀，如 11441700007280420Y/2021-{serial}；每个前缀和期间一个计数器。',
          en: 'The pattern filled in for an institution and period, e.g. 11441700007280420Y/2021-{serial}; one counter each.',
        },
      },
    },
    {
      name: 'lastSerial',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { zh: '最后流水号', en: 'Last serial' },
      admin: {
        description: {
          zh: '该计数键已发出的最大流水号；下一个索引号取其加 1。',
          en: 'The highest serial issued under this key; the next number takes one more.',
        },
      },
    },
  ],
})
