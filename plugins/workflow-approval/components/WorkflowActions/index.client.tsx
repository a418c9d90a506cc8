'use client'

import { Button, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { WorkflowState } from '../../workflowState'
import type { ApiErrorBody } from '../shared/types'
import type { WorkflowActionView } from './ActionDialog'

import { CONFIRMATION_KEY, confirmationOf } from '../shared/confirmation'
import { say, textOf } from '../shared/labels'
import { OverdueMark } from '../shared/OverdueMark'
import { useWorkflowState, useWorkflowUrl } from '../shared/useWorkflowState'
import { StageBadge } from '../StageBadge'
import { ActionDialog, bodyFromForm } from './ActionDialog'

/**
 * The workflow's actions for the signed-in user, beside the document controls. Each opens a dialog
 * for the comment (required when sending back or withdrawing) and the stage's data, posts it, shows a
 * refusal (400/403/409) in the dialog, and reloads the document after a success; the panel then says
 * what happened and where the document went.
 */
export const WorkflowActions = () => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const { collectionSlug, id } = useDocumentInfo()
  const url = useWorkflowUrl(collectionSlug, id)
  const { state } = useWorkflowState(url)
  const isModified = useFormModified()
  const [chosen, setChosen] = useState<WorkflowActionView>()
  const [error, setError] = useState<string>()
  const [isSending, setIsSending] = useState(false)

  if (!url || !state) return null

  const close = () => {
    setChosen(undefined)
    setError(undefined)
  }

  const send = async (form: HTMLFormElement) => {
    if (!chosen) return
    setIsSending(true)
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        // expectedStage: if someone else moved the document meanwhile, the server answers 409.
        body: JSON.stringify({ ...bodyFromForm(form, chosen), expectedStage: state.stage.slug }),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as ApiErrorBody
        const message = answer.errors
          ?.map((entry) => entry.message)
          .filter(Boolean)
          .join('；')
        setError(message || (response.status === 409 ? say('conflict', language) : String(response.status)))
        return
      }
      const next = (await response.json()) as WorkflowState
      window.sessionStorage.setItem(
        CONFIRMATION_KEY,
        confirmationOf({ actionLabel: textOf(chosen.label, language), state: next, language }),
      )
      // The action changed the stage, the status and the stage data: show the document as it now is.
      window.location.reload()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setIsSending(false)
    }
  }

  return (
    <div
      className="workflow-actions"
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'nowrap',
        gap: 'calc(var(--base) / 2)',
        whiteSpace: 'nowrap',
      }}
    >
      <StageBadge slug={state.stage.slug} text={textOf(state.stage.label, language)} />
      {state.waitingFor?.isStranded ? (
        <strong
          className="workflow-stranded"
          style={{ color: 'var(--theme-error-500)' }}
          title={say('strandedHelp', language)}
        >
          {say('stranded', language)}
        </strong>
      ) : null}
      {state.isOverdue ? <OverdueMark language={language} dueDate={state.dueDate} /> : null}
      {state.actions.map((action) => (
        <Button
          buttonStyle={action.requiresComment ? 'secondary' : 'primary'}
          disabled={isModified}
          id={`workflow-action-${action.action}`}
          key={action.action}
          margin={false}
          onClick={() => setChosen(action)}
          size="medium"
          tooltip={isModified ? say('saveFirst', language) : undefined}
        >
          {textOf(action.label, language)}
        </Button>
      ))}
      {chosen ? (
        <ActionDialog
          action={chosen}
          error={error}
          isSending={isSending}
          isTakeover={state.isTakeover}
          language={language}
          onCancel={close}
          onSubmit={(form) => void send(form)}
        />
      ) : null}
    </div>
  )
}
