/**
 * The text of a deadline reminder, Chinese first, as the workflow's e-mails are. The applicant's name and contact
 * stay out of it: the e-mail leaves the system, the staff member opens the request behind the link. Pure.
 */
export const reminderMessage = ({
  trackingCode,
  requestedInformation,
  dueOn,
  workingDaysLeft,
  adminPath,
}: {
  trackingCode: string
  requestedInformation: string
  dueOn: string
  workingDaysLeft: number
  adminPath: string
}) => {
  const left =
    workingDaysLeft < 0
      ? { zh: `已超期 ${-workingDaysLeft} 个工作日`, en: `${-workingDaysLeft} working days overdue` }
      : workingDaysLeft === 0
        ? { zh: '今日到期', en: 'due today' }
        : { zh: `剩余 ${workingDaysLeft} 个工作日`, en: `${workingDaysLeft} working days left` }
  const asked = requestedInformation.length > 80 ? `${requestedInformation.slice(0, 80)}…` : requestedInformation
  return {
    subject: `【依申请公开】${trackingCode} ${left.zh}（${dueOn} 到期） / Disclosure request ${trackingCode}: ${left.en} (due ${dueOn})`,
    text: `依申请公开申请 ${trackingCode}（所需信息：${asked}）的答复期限为 ${dueOn}，${left.zh}，请及时办理。\nThe reply to disclosure request ${trackingCode} is due on ${dueOn}: ${left.en}.\n\n${adminPath}`,
  }
}
