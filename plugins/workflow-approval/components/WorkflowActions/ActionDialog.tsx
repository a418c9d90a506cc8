'use client'

import type { FormEvent } from 'react'

import { Button } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'

import type { WorkflowState } from '../../workflowState'

import { fieldLabel, say, textOf, valueLabel } from '../shared/labels'

export type WorkflowActionView = WorkflowState['actions'][number]

const fieldId = (name: string) => `workflow-field-${name}`

const isDateTime = (name: string) => name === 'scheduledPublishAt'

/** A date-time input gives local wall-clock time; the API takes an instant. */
const toApiValue = (name: string, value: string) => (isDateTime(name) ? new Date(value).toISOString() : value)

/** The request body for the action from the dialog's form: comment and stage data, blanks left out. */
export const bodyFromForm = (form: HTMLFormElement, action: WorkflowActionView): Record<string, unknown> => {
  const data = new FormData(form)
  const body: Record<string, unknown> = { action: action.action }
  const comment = String(data.get('comment') ?? '').trim()
  if (comment) body.comment = comment
  for (const field of action.fields ?? []) {
    const value = String(data.get(field.name) ?? '').trim()
    if (value) body[field.name] = toApiValue(field.name, value)
  }
  return body
}

/**
 * The modal of one workflow action: its stage data, the comment (required where the action needs a
 * reason) and the server's refusal, if any. Rendered into <body>, outside the edit view's <form>.
 */
export const ActionDialog = ({
  action,
  error,
  isSending,
  isTakeover = false,
  language,
  onCancel,
  onSubmit,
}: {
  action: WorkflowActionView
  error?: string
  isSending: boolean
  /** Acting in place of a stranded stage's staff: said, and the reason is required (the API says so too). */
  isTakeover?: boolean
  language: string
  onCancel: () => void
  onSubmit: (form: HTMLFormElement) => void
}) => {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal()
  }, [])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // React bubbles events through the portal to the edit view's form, which would save the document.
    event.stopPropagation()
    onSubmit(event.currentTarget)
  }

  return createPortal(
    <dialog
      aria-labelledby="workflow-dialog-title"
      className="workflow-dialog"
      onClose={onCancel}
      ref={dialog}
      style={{
        background: 'var(--theme-bg)',
        border: '1px solid var(--theme-elevation-150)',
        color: 'var(--theme-text)',
        maxWidth: '36rem',
        padding: 'calc(var(--base) * 1.5)',
        width: '90vw',
      }}
    >
      <form onSubmit={submit}>
        <h3 id="workflow-dialog-title" style={{ marginTop: 0 }}>
          {textOf(action.label, language)}
        </h3>
        {isTakeover ? (
          <p className="workflow-takeover-note" style={{ color: 'var(--theme-warning-800)' }}>
            {say('takeover', language)}
          </p>
        ) : null}
        {(action.fields ?? []).map((field) => (
          <p key={field.name} style={{ display: 'grid', gap: '0.25em' }}>
            <label htmlFor={fieldId(field.name)}>
              {fieldLabel(field.name, language)}
              {isDateTime(field.name) && !field.required ? say('publishNowIfEmpty', language) : ''}
              {field.required ? ' *' : ''}
            </label>
            {field.options ? (
              <select
                defaultValue={field.options.length === 1 ? field.options[0] : ''}
                id={fieldId(field.name)}
                name={field.name}
                required={field.required}
              >
                {field.options.length === 1 ? null : <option value="">—</option>}
                {field.options.map((option) => (
                  <option key={option} value={option}>
                    {valueLabel(option, language)}
                  </option>
                ))}
              </select>
            ) : isDateTime(field.name) ? (
              <input id={fieldId(field.name)} name={field.name} required={field.required} type="datetime-local" />
            ) : (
              <textarea id={fieldId(field.name)} name={field.name} required={field.required} rows={2} />
            )}
          </p>
        ))}
        <p style={{ display: 'grid', gap: '0.25em' }}>
          <label htmlFor="workflow-comment">
            {action.requiresComment ? say('reasonRequired', language) : say('comment', language)}
          </label>
          <textarea id="workflow-comment" name="comment" required={action.requiresComment} rows={3} />
        </p>
        {error ? (
          <p className="workflow-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', justifyContent: 'flex-end' }}>
          <Button buttonStyle="secondary" margin={false} onClick={onCancel} size="medium" type="button">
            {say('cancel', language)}
          </Button>
          <Button disabled={isSending} id="workflow-confirm" margin={false} size="medium" type="submit">
            {say('confirm', language)}
          </Button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}
