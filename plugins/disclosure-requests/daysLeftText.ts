import type { BilingualText } from '../../src/lib/platform/labels'

/**
 * What the list shows for a request's deadline, in both languages: the working days left, today, or how far
 * past it is; a request waiting for the applicant says the clock is stopped. Nothing for a replied request.
 * Shared by the admin cell and anything else that shows a request's days left. Pure.
 */
export const daysLeftText = ({
  workingDaysLeft,
  isOverdue,
  status,
}: {
  workingDaysLeft: null | number | undefined
  isOverdue: boolean | null | undefined
  status: null | string | undefined
}): (BilingualText & { tone: 'overdue' | 'soon' | 'paused' | 'normal' }) | null => {
  if (status === 'replied' || typeof workingDaysLeft !== 'number') return null
  if (status === 'awaitingCorrection' || status === 'awaitingFee') {
    return {
      zh: `暂停计时（剩余 ${workingDaysLeft} 个工作日）`,
      en: `Clock stopped (${workingDaysLeft} working days left)`,
      tone: 'paused',
    }
  }
  if (isOverdue) {
    const past = Math.max(-workingDaysLeft, 0)
    return past > 0
      ? { zh: `已超期 ${past} 个工作日`, en: `${past} working days overdue`, tone: 'overdue' }
      : { zh: '已超期', en: 'Overdue', tone: 'overdue' }
  }
  if (workingDaysLeft === 0) return { zh: '今日到期', en: 'Due today', tone: 'soon' }
  return {
    zh: `剩余 ${workingDaysLeft} 个工作日`,
    en: `${workingDaysLeft} working days left`,
    tone: workingDaysLeft <= 5 ? 'soon' : 'normal',
  }
}
