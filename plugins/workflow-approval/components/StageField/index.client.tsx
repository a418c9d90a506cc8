'use client'

import type { SelectFieldClientProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import type { Label } from '../shared/labels'

import { textOf } from '../shared/labels'
import { StageBadge } from '../StageBadge'

/** `workflowStage` in the edit view: read-only, shown as the badge (workflow actions change it). */
export const StageField = ({ field, path, label: fieldLabel }: SelectFieldClientProps & { label?: Label }) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ path: path ?? field.name })
  const option = field.options?.find(
    (candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value,
  )
  const translated = option && typeof option === 'object' ? getTranslation(option.label, i18n) : value
  const label = typeof translated === 'string' ? translated : value
  return (
    <div className="field-type workflow-stage-field" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={fieldLabel ? textOf(fieldLabel, i18n.language) : field.label} path={path} />
      {value ? <StageBadge slug={value} text={label ?? value} style={{ fontSize: '1em' }} /> : null}
    </div>
  )
}
