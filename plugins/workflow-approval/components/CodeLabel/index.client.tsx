'use client'

import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'

import { FieldDescription, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'

import type { CodeLabels } from '../../codeLabels'

import { labelOfCode } from '../../codeLabels'
import { textOf } from '../shared/labels'

type LabelProps = {
  /** The field's label (see codeLabel in collections/events.ts). */
  label?: { zh: string; en: string }
  labels: CodeLabels
  /** A sibling field whose value narrows the label (an action's label depends on the stage it was taken in). */
  contextField?: string
}

/** A code of the audit log (a collection slug, an action, a stage, a role) as its label in the admin's language. */
export const CodeLabelCell = ({ cellData, rowData, labels, contextField }: DefaultCellComponentProps & LabelProps) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return null
  const context = contextField ? rowData?.[contextField] : undefined
  return <span title={cellData}>{textOf(labelOfCode({ labels, code: cellData, context }), i18n.language)}</span>
}

/** The same in the document view: the audit log is read only, so the label is shown instead of an input. */
export const CodeLabelField = ({
  path,
  field,
  label: fieldLabel,
  labels,
  contextField,
}: TextFieldClientProps & LabelProps) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ path: path ?? field.name })
  const context = useFormFields(([fields]) => (contextField ? fields[contextField]?.value : undefined))
  const label = value ? textOf(labelOfCode({ labels, code: value, context }), i18n.language) : '—'
  return (
    <div className="field-type text read-only">
      <FieldLabel label={fieldLabel ? textOf(fieldLabel, i18n.language) : field.label} path={path} />
      <div className="code-label__value" title={value ?? undefined} style={{ padding: 'calc(var(--base) / 2) 0' }}>
        {label}
      </div>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
