import type { CollectionBeforeChangeHook } from 'payload'

import type { StoredRequest } from '../deadlines/ofRequest'
import type { ResolvedDisclosureRequestsOptions } from '../types'

import { startOfLocalDay } from '../../../src/lib/platform/dates'
import { InputRefused } from '../../../src/lib/platform/input/inputRefused'
import { calendarFor } from '../calendar'
import { RequestStepsError } from '../deadlines'
import { deadlineOfRequest, lastDayOf } from '../deadlines/ofRequest'

/**
 * What the steps' own validation refuses, naming the field in its words (a second extension, a step before
 * receipt): left to it, since this hook runs before field validation.
 */
const fieldsWillRefuse = ({ receivedOn, steps }: StoredRequest) =>
  (steps ?? []).filter((step) => step.kind === 'extension').length > 1 ||
  (!!receivedOn && (steps ?? []).some((step) => !!step.date && new Date(step.date) < new Date(receivedOn)))

/**
 * `dueOn` follows the receipt date, the steps and the calendar on every save: the last day to reply (the
 * extended one once extended), empty while the clock is stopped for the applicant and once replied. Runs after
 * `deriveStatus`. Steps no request could have (a second extension, one decided too late) are a 400 naming the row.
 */
export const storeDeadline =
  (options: ResolvedDisclosureRequestsOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    // A partial update (PATCH without `steps`) keeps the stored steps and receipt date.
    const request: StoredRequest = {
      receivedOn: data.receivedOn ?? originalDoc?.receivedOn,
      steps: data.steps ?? originalDoc?.steps ?? [],
    }
    if (data.status === 'replied' || fieldsWillRefuse(request)) return { ...data, dueOn: null }
    try {
      const deadline = deadlineOfRequest({
        request,
        calendar: await calendarFor(req, options),
        timeZone: options.timeZone,
      })
      const lastDay = deadline ? lastDayOf(deadline) : null
      // Stored as the moment the day begins in the office's zone, as the admin's day-only dates are read there.
      return { ...data, dueOn: lastDay ? startOfLocalDay(lastDay, options.timeZone).toISOString() : null }
    } catch (error) {
      if (!(error instanceof RequestStepsError)) throw error
      const path = error.stepIndex === null ? 'receivedOn' : `steps.${error.stepIndex}.date`
      throw new InputRefused([{ path, message: error.message }])
    }
  }
