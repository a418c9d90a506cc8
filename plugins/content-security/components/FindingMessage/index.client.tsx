'use client'

import type { TextareaFieldClientProps } from 'payload'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { messageIn } from '../messageIn'

/** A finding's stored message (Chinese line, then English line) in the admin's language only, read-only. */
export const FindingMessageField = ({ path, field }: TextareaFieldClientProps) => {
  const { i18n } = useTranslation()
  const { value } = useField<string | null>({ path: path ?? field.name })
  return (
    <div className="field-type textarea read-only">
      <FieldLabel label={field.label} path={path} />
      <p className="finding-message" style={{ margin: 'calc(var(--base) / 4) 0' }}>
        {messageIn(value, i18n.language) || '—'}
      </p>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
