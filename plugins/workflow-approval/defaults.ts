import type { CollectionSlug } from 'payload'

import type { ResolvedWorkflowOptions, WorkflowApprovalOptions } from './types'

import { DEFAULT_TIME_ZONE } from '../../src/lib/platform/dates'
import { defaultWorkflow } from './workflows'

/** The options with every default filled in (the shipped workflows are in workflows/, slugs and keys in constants.ts). */
export const resolveOptions = (options: WorkflowApprovalOptions): ResolvedWorkflowOptions => {
  const workflows = Object.fromEntries(
    (options.workflows ?? [defaultWorkflow]).map((workflow) => [workflow.slug, workflow]),
  )
  const collections: Partial<Record<CollectionSlug, string>> = options.collections ?? {
    'disclosure-items': 'default',
    policies: 'default',
    'approval-services': 'default',
    officials: 'default',
  }
  return {
    workflows,
    collections,
    institutionWorkflows: options.institutionWorkflows ?? {},
    deadlineWorkingDays: options.deadlineWorkingDays ?? 20,
    deadlineFrom: options.deadlineFrom ?? { 'disclosure-items': 'dateMade', policies: 'dateWritten' },
    recordPublication: (options.recordPublication ?? ['disclosure-items', 'policies', 'approval-services']).filter(
      (slug) => slug in collections,
    ),
    notify: options.notify ?? true,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    disabled: options.disabled ?? false,
    institutionFieldOf: (collection) =>
      options.institutionField?.[collection] ?? (collection === 'policies' ? 'issuer' : 'institution'),
  }
}
