'use client'

import type { JSONFieldClientProps } from 'payload'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'

/**
 * The printed snapshot, read-only, as formatted text. Payload's JSON field would load the Monaco editor from a
 * public CDN, which a government intranet cannot reach and the admin's Content-Security-Policy does not allow.
 */
export const FrozenSnapshotField = ({ path, field }: JSONFieldClientProps) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type json read-only">
      <FieldLabel label={field.label} path={path} />
      <pre
        className="frozen-snapshot"
        style={{
          maxHeight: '20rem',
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          padding: 'calc(var(--base) / 2)',
          background: 'var(--theme-elevation-50)',
        }}
      >
        {value == null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
