'use client'

import { toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { toLocalDateTime } from '../../workingDays'
import { CONFIRMATION_KEY, roleText } from '../shared/confirmation'
import { say, textOf } from '../shared/labels'
import { OverdueMark } from '../shared/OverdueMark'
import { useWorkflowState, useWorkflowUrl } from '../shared/useWorkflowState'

/** The confirmation of the action just taken (left by the action buttons before they reloaded the page). */
const useConfirmation = () => {
  const [message, setMessage] = useState<string>()
  useEffect(() => {
    const stored = window.sessionStorage.getItem(CONFIRMATION_KEY)
    if (!stored) return
    window.sessionStorage.removeItem(CONFIRMATION_KEY)
    setMessage(stored)
    // After this commit's effects: the admin's toaster, mounted after the form, subscribes in its own.
    const timer = window.setTimeout(() => toast.success(stored, { duration: 10_000 }), 0)
    return () => window.clearTimeout(timer)
  }, [])
  return message
}

/**
 * Edit-view sidebar: the confirmation of the action just taken, who the document waits for (or that nobody can act), the Art. 26 due date
 * (marked when overdue) and who did what, newest last.
 */
export const WorkflowPanel = ({ timeZone }: { timeZone?: string }) => {
  const { i18n } = useTranslation()
  const { collectionSlug, id } = useDocumentInfo()
  const { state, error } = useWorkflowState(useWorkflowUrl(collectionSlug, id))
  const confirmation = useConfirmation()
  if (id === undefined || id === null) return null
  const language = i18n.language
  const stageText = (slug: string | null) =>
    textOf(state?.workflow.stages.find((stage) => stage.slug === slug)?.label ?? slug ?? '', language)
  const when = (iso: string) => toLocalDateTime(iso, timeZone)

  return (
    <section className="workflow-panel field-type" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      {confirmation ? (
        <p
          className="workflow-confirmation"
          role="status"
          style={{ background: 'var(--theme-success-100)', color: 'var(--theme-success-800)', padding: '0.5em 0.75em' }}
        >
          {confirmation}
        </p>
      ) : null}
      {error ? <p role="alert">{`${say('loadFailed', language)}: ${error}`}</p> : null}
      {state?.waitingFor ? (
        <p className="workflow-waiting" data-stranded={state.waitingFor.isStranded}>
          {`${say('waitingFor', language)}: ${textOf(state.waitingFor.roles, language)}`}
          {state.waitingFor.names.length > 0
            ? language === 'en'
              ? ` (${state.waitingFor.names.join(', ')})`
              : `（${state.waitingFor.names.join('、')}）`
            : ''}
          {state.waitingFor.isStranded ? (
            <>
              <strong
                className="workflow-stranded"
                style={{ color: 'var(--theme-error-500)', marginInlineStart: '0.5em' }}
              >
                {say('stranded', language)}
              </strong>
              <br />
              <small>{say('strandedHelp', language)}</small>
            </>
          ) : null}
        </p>
      ) : null}
      {state?.dueDate ? (
        <p className="workflow-due" data-overdue={state.isOverdue}>
          {`${say('dueDate', language)}: ${state.dueDate}`}
          {state.isOverdue ? <OverdueMark language={language} beside /> : null}
        </p>
      ) : null}
      <h4 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>{say('history', language)}</h4>
      {state && state.history.length === 0 ? <p>{say('noHistory', language)}</p> : null}
      <ol className="workflow-history" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {state?.history.map((event) => (
          <li
            data-action={event.action}
            data-on-behalf-of={event.onBehalfOf ?? undefined}
            key={event.id}
            style={{
              borderInlineStart: '2px solid var(--theme-elevation-150)',
              marginBottom: '0.75em',
              paddingInlineStart: '0.75em',
            }}
          >
            <div>
              <strong>{stageText(event.fromStage)}</strong> → <strong>{stageText(event.toStage)}</strong>
            </div>
            <div style={{ color: 'var(--theme-elevation-600)', fontSize: '0.9em' }}>
              {[
                event.user?.name ?? event.user?.email ?? (event.user ? `#${event.user.id}` : ''),
                event.role ? roleText(event.role, language) : '',
                event.onBehalfOf ? `${say('onBehalfOf', language)} ${roleText(event.onBehalfOf, language)}` : '',
                when(event.createdAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {event.comment ? (
              <blockquote className="workflow-comment" style={{ margin: '0.25em 0 0' }}>
                {event.comment}
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
