import type { TextField } from 'payload'

import { writtenBySystem } from '../../../src/lib/platform/systemFields'

/**
 * 索引号: assigned on first publication, then permanent. Read-only everywhere; writes are refused by
 * the guard hook (with a 400) rather than silently dropped, so an API client learns it cannot set it.
 */
export const indexNumberField = (): TextField =>
  writtenBySystem({
    name: 'indexNumber',
    type: 'text',
    unique: true,
    index: true,
    label: { zh: '索引号', en: 'Index number' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        zh: '首次发布时自动生成，永久不变，删除后也不再使用。',
        en: 'Assigned automatically on first publication; never changes and is never reused.',
      },
    },
    hooks: {
      // A duplicate is a new document: it gets its own number when it is published.
      beforeDuplicate: [() => null],
    },
  })
