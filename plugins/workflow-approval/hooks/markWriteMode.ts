import type { CollectionBeforeOperationHook } from 'payload'

import { WRITES_MAIN_CONTEXT_KEY } from '../constants'

/**
 * Collection hooks do not see whether a write is a draft save (a new version only) or replaces the
 * main row, which is what decides whether saving a draft unpublishes. The operation's arguments do.
 */
export const markWriteMode =
  (): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'update' || operation === 'restoreVersion') {
      req.context[WRITES_MAIN_CONTEXT_KEY] = !(args as { draft?: boolean }).draft
    }
    return args
  }
