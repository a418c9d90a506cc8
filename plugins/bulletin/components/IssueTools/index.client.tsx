'use client'

import { Button, useConfig, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { Suggestion } from './SuggestionsDrawer'

import { say, statusWords, textOf } from './labels'
import { SUGGESTIONS_DRAWER, SuggestionsDrawer } from './SuggestionsDrawer'
import { useExports } from './useExports'

type ErrorBody = { errors?: Array<{ message?: string }> }

/**
 * In the issue's sidebar: downloads, export tasks with their status (asked for only while one runs),
 * and the documents published since the last issue, to place into a section.
 */
export const IssueTools: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const language = i18n.language
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const { exports, hasGivenUp, refresh } = useExports({ api, issueId: id })
  const [exportError, setExportError] = useState<string | null>(null)
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)
  const [since, setSince] = useState<string | null>(null)
  const [suggestionsError, setSuggestionsError] = useState<string | null>(null)

  if (!id) return null

  const start = async (format: 'pdf' | 'docx') => {
    setExportError(null)
    const response = await fetch(`${api}/bulletin-issues/${id}/export`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format }),
    }).catch(() => null)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as ErrorBody | undefined
      setExportError(body?.errors?.map((error) => error.message).join('；') || say('exportFailed', language))
    }
    refresh()
  }

  const openSuggestions = async () => {
    openModal(SUGGESTIONS_DRAWER)
    setSuggestionsError(null)
    const response = await fetch(`${api}/bulletin-issues/suggestions`, { credentials: 'include' }).catch(() => null)
    if (!response?.ok) {
      setSuggestionsError(say('suggestionsFailed', language))
      return
    }
    const body = (await response.json()) as { since: string | null; documents: Suggestion[] }
    setSince(body.since)
    setSuggestions(body.documents)
  }

  const row: React.CSSProperties = {
    alignItems: 'center',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'calc(var(--base) / 2)',
  }
  const latest = ['pdf', 'docx']
    .map((format) => exports.find((record) => record.format === format))
    .filter((record) => record !== undefined)

  return (
    <div
      className="bulletin-tools"
      style={{ display: 'flex', flexDirection: 'column', gap: 'calc(var(--base) / 2)', marginBottom: 'var(--base)' }}
    >
      <h4 style={{ margin: 0 }}>{say('tools', language)}</h4>
      <div style={row}>
        <a className="bulletin-tools__pdf" download href={`${api}/bulletin-issues/${id}/pdf`}>
          {say('pdf', language)}
        </a>
        <a className="bulletin-tools__docx" download href={`${api}/bulletin-issues/${id}/docx`}>
          {say('docx', language)}
        </a>
        <a
          className="bulletin-tools__print"
          href={`${api}/bulletin-issues/${id}/print`}
          rel="noreferrer"
          target="_blank"
        >
          {say('printView', language)}
        </a>
      </div>
      <div style={row}>
        <Button
          buttonStyle="secondary"
          id="bulletin-export-pdf"
          margin={false}
          onClick={() => void start('pdf')}
          size="small"
        >
          {say('exportPdf', language)}
        </Button>
        <Button
          buttonStyle="secondary"
          id="bulletin-export-docx"
          margin={false}
          onClick={() => void start('docx')}
          size="small"
        >
          {say('exportDocx', language)}
        </Button>
      </div>
      {latest.map((record) => (
        <div
          className="bulletin-tools__export"
          data-format={record.format}
          data-status={record.status}
          key={record.id}
          title={record.error ?? undefined}
        >
          {record.format.toUpperCase()} {textOf(statusWords[record.status], language, record.status)}
          {record.status === 'running' ? ` ${record.progress ?? 0}%` : ''}
          {record.status === 'done' && record.url ? (
            <>
              {' '}
              <a href={record.url}>{record.filename}</a>
            </>
          ) : null}
        </div>
      ))}
      {hasGivenUp ? (
        <div style={row}>
          <span>{say('stillRunning', language)}</span>
          <Button buttonStyle="secondary" margin={false} onClick={refresh} size="small">
            {say('refresh', language)}
          </Button>
        </div>
      ) : null}
      {exportError ? <div style={{ color: 'var(--theme-error-500)' }}>{exportError}</div> : null}
      <div>
        <Button
          buttonStyle="primary"
          id="bulletin-suggestions"
          margin={false}
          onClick={() => void openSuggestions()}
          size="small"
        >
          {say('sinceLastIssue', language)}
        </Button>
      </div>
      <SuggestionsDrawer error={suggestionsError} language={language} since={since} suggestions={suggestions} />
    </div>
  )
}
