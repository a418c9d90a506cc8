import { rest } from './config'
import { workflowSteps } from './steps'

export type { Cast, Office } from './steps'
export { createOffice } from './steps'

/** The steps through the workflow suite's own config (config.ts). */
export const { draftItem, act, workflowOf, approveAll } = workflowSteps(rest)
