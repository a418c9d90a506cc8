import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'

/**
 * Steps that cannot describe a real request (a reply to a consultation never sent, a second extension).
 * Carries the offending step's position so a collection hook can answer 400 naming the row.
 */
export class RequestStepsError extends Error {
  readonly stepIndex: number | null

  constructor(stepIndex: number | null, zh: string, en: string) {
    super(bilingualMessage(zh, en))
    this.name = 'RequestStepsError'
    this.stepIndex = stepIndex
  }
}
