import type { BilingualText } from '../../src/lib/platform/labels'
import type { Role } from '../../src/lib/platform/roles'
import type { Workflow } from './types'

import { roleLabels } from '../../src/lib/platform/roles'

/** Labels by code; a `context/code` key (`review/approve`) wins over the bare code where the label differs. */
export type CodeLabels = Record<string, BilingualText | string>

/** The label of a code, or the code itself when none is known (a workflow removed since, a custom action). */
export const labelOfCode = ({
  labels,
  code,
  context,
}: {
  labels: CodeLabels
  code: string
  context?: unknown
}): BilingualText | string => (typeof context === 'string' && labels[`${context}/${code}`]) || labels[code] || code

/** Actions the plugin records itself, outside any stage's list of actions. */
const systemActions: CodeLabels = {
  edit: { zh: '审核中修改，退回草稿', en: 'Edited under review' },
  scheduledPublish: { zh: '定时发布', en: 'Published on schedule' },
  acceptFinding: { zh: '认定内容检查误报', en: 'Accepted a content finding as a false positive' },
}

/** Stage labels of every workflow, by stage slug (the first workflow naming a slug gives its label). */
export const stageLabels = (workflows: Workflow[]): CodeLabels => {
  const labels: CodeLabels = {}
  for (const stage of workflows.flatMap((workflow) => workflow.stages)) labels[stage.slug] ??= stage.label
  return labels
}

/** Action labels by action and by `stage/action`, since `approve` reads 审核通过 in review and 签发 at sign-off. */
export const actionLabels = (workflows: Workflow[]): CodeLabels => {
  const labels: CodeLabels = { ...systemActions }
  for (const stage of workflows.flatMap((workflow) => workflow.stages)) {
    for (const action of stage.actions) {
      labels[`${stage.slug}/${action.action}`] ??= action.label
      labels[action.action] ??= action.label
    }
  }
  return labels
}

export const roleCodeLabels = (): CodeLabels => ({ ...(roleLabels as Record<Role, BilingualText>) })
