import type { Role } from '../../../../src/lib/platform/roles'
import type { WorkflowState } from '../../workflowState'

import { roleLabels } from '../../../../src/lib/platform/roles'
import { say, textOf } from './labels'

/** Session storage key: the confirmation survives the reload that shows the document as the action left it. */
export const CONFIRMATION_KEY = 'workflow-confirmation'

/**
 * What the user reads after an action: what happened, the stage the document is now in, and who it
 * waits for there (roles and names), in the user's language.
 */
export const confirmationOf = ({
  actionLabel,
  state,
  language,
}: {
  actionLabel: string
  state: WorkflowState
  language: string
}): string => {
  const stage = textOf(state.stage.label, language)
  const isZh = language !== 'en'
  if (state.stage.slug === 'published')
    return isZh ? `已${actionLabel}，信息已发布。` : `${actionLabel}: done. The document is published.`
  const waiting = state.waitingFor
  if (!waiting) {
    const who = state.stage.slug === state.workflow.stages[0]?.slug ? say('nobodyWaits', language) : ''
    return isZh
      ? `已${actionLabel}，现处于“${stage}”${who ? `，${who}` : ''}。`
      : `${actionLabel}: done. Now in "${stage}"${who ? `, ${who}` : ''}.`
  }
  const roles = textOf(waiting.roles, language)
  const names =
    waiting.names.length > 0 ? (isZh ? `（${waiting.names.join('、')}）` : ` (${waiting.names.join(', ')})`) : ''
  return isZh
    ? `已${actionLabel}，现处于“${stage}”，等待 ${roles}${names} 办理。`
    : `${actionLabel}: done. Now in "${stage}", waiting for ${roles}${names}.`
}

/** A role's label in the user's language (the API gives role slugs). */
export const roleText = (role: string, language: string) => textOf(roleLabels[role as Role] ?? role, language)
