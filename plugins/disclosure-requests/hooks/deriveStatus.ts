import type { CollectionBeforeChangeHook } from 'payload'

import type { StepLike } from '../requestStatus'

import { requestStatusOf } from '../requestStatus'

/** `status` and `repliedOn` follow the steps on every save; nobody sets them by hand. */
export const deriveStatus =
  (): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    // A partial update (PATCH without `steps`) keeps the stored steps.
    const steps = (data.steps ?? originalDoc?.steps ?? []) as StepLike[]
    return { ...data, ...requestStatusOf(steps) }
  }
