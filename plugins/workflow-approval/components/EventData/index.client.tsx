'use client'

import type { JSONFieldClientProps } from 'payload'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { fieldLabel, textOf, valueLabel } from '../shared/labels'

const shown = (value: unknown, language: string): string => {
  if (value == null || value === '') return '—'
  if (typeof value === 'string') return valueLabel(value, language)
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** What a stage recorded (保密审查结论 公开, 依据 …) as labelled lines, not as raw JSON. */
export const EventDataField = ({
  path,
  field,
  label,
}: JSONFieldClientProps & { label?: { zh: string; en: string } }) => {
  const { i18n } = useTranslation()
  const { value } = useField<Record<string, unknown> | null>({ path: path ?? field.name })
  const entries = value && typeof value === 'object' ? Object.entries(value) : []
  return (
    <div className="field-type json read-only">
      <FieldLabel label={label ? textOf(label, i18n.language) : field.label} path={path} />
      {entries.length === 0 ? (
        <div style={{ padding: 'calc(var(--base) / 2) 0' }}>—</div>
      ) : (
        <dl
          className="event-data"
          style={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: '0.25rem 1rem',
            margin: 'calc(var(--base) / 2) 0',
          }}
        >
          {entries.map(([name, entry]) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt style={{ fontWeight: 600 }}>{fieldLabel(name, i18n.language)}</dt>
              <dd style={{ margin: 0 }}>{shown(entry, i18n.language)}</dd>
            </div>
          ))}
        </dl>
      )}
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
