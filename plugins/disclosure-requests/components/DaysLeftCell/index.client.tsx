'use client'

import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { daysLeftText } from '../../daysLeftText'

const colours = {
  overdue: 'var(--theme-error-500)',
  soon: 'var(--theme-warning-650, var(--theme-warning-500))',
  paused: 'var(--theme-elevation-500)',
  normal: 'inherit',
} as const

/**
 * The `workingDaysLeft` column of the requests list: "剩余 3 个工作日", "已超期 2 个工作日" (marked), computed when
 * the list was read.
 */
export const DaysLeftCell = ({ cellData, rowData }: DefaultCellComponentProps<NumberFieldClient>) => {
  const { i18n } = useTranslation()
  const row = rowData as { isOverdue?: boolean | null; status?: null | string }
  const text = daysLeftText({
    workingDaysLeft: typeof cellData === 'number' ? cellData : null,
    isOverdue: row.isOverdue,
    status: row.status,
  })
  if (!text) return null
  return (
    <span
      data-overdue={text.tone === 'overdue' ? 'true' : undefined}
      style={{ color: colours[text.tone], fontWeight: text.tone === 'overdue' ? 600 : undefined }}
    >
      {text.tone === 'overdue' ? '⚠ ' : null}
      {i18n.language === 'en' ? text.en : text.zh}
    </span>
  )
}
