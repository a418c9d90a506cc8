import type { BilingualText } from '../../src/lib/platform/labels'

/** The text of a workflow e-mail, Chinese first. Pure. */
export const notificationMessage = ({
  kind,
  title,
  stageLabel,
  comment,
  adminPath,
}: {
  kind: 'reached' | 'returned'
  title: string
  stageLabel: BilingualText
  comment: string | null
  adminPath: string
}) => {
  const reason = comment ? `\n\n意见 / Comment: ${comment}` : ''
  if (kind === 'returned') {
    return {
      subject: `【退回】${title} / Sent back: ${title}`,
      text: `您提交的“${title}”已被退回，请修改后重新提交。\n"${title}" was sent back to you; please revise and resubmit.${reason}\n\n${adminPath}`,
    }
  }
  return {
    subject: `【待办】${title}（${stageLabel.zh}） / To review: ${title} (${stageLabel.en})`,
    text: `“${title}”已进入“${stageLabel.zh}”环节，等待您办理。\n"${title}" is waiting for you in stage "${stageLabel.en}".${reason}\n\n${adminPath}`,
  }
}
