'use client'

import type { SelectFieldClientProps } from 'payload'

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
  const label =
    option && typeof option === 'object' && typeof option.label !== 'function'
      ? textOf(option.label as never, i18n.language)
      : value
  return (
    <div className="field-type workflow-stage-field" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={fieldLabel ? textOf(fieldLabel, i18n.language) : field.label} path={path} />
      {value ? <StageBadge slug={value} text={label ?? value} style={{ fontSize: '1em' }} /> : null}
    </div>
  )
}
