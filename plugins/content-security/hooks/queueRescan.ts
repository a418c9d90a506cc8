import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueRescan } from '../queueRescan'

/** A word added or changed: everything published is checked against the new list. */
export const queueRescanOnChange =
  (): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await queueRescan(req, 'wordList')
    return doc
  }

/** A word removed: findings of that word on published documents resolve. */
export const queueRescanOnDelete =
  (): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await queueRescan(req, 'wordList')
    return doc
  }
