'use client'

import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import { StageBadge } from '../StageBadge'

/** The `workflowStage` column of list views: the stage's label as a badge. */
export const StageCell = ({ cellData, field }: DefaultCellComponentProps<SelectFieldClient>) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return null
  const option = field.options?.find(
    (candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === cellData,
  )
  const label = option && typeof option === 'object' ? getTranslation(option.label, i18n) : cellData
  return <StageBadge slug={cellData} text={typeof label === 'string' ? label : cellData} />
}
