'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type ExportRecord = { id: number | string; format: string; status: string; progress?: number | null; url?: string | null; filename?: string | null }
type Suggestion = { relationTo: string; id: number | string; title: string; documentNumber: string | null; date: string | null }

/**
 * Beside the issue's save buttons: downloads, export tasks with their progress, and the documents
 * published since the last issue (to place with the entry picker).
 */
export const IssueTools: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [exports, setExports] = useState<ExportRecord[]>([])
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)

  const refresh = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/bulletin-exports?where[issue][equals]=${id}&sort=-createdAt&limit=5&depth=0`, { credentials: 'include' })
    if (response.ok) setExports(((await response.json()) as { docs: ExportRecord[] }).docs)
  }, [api, id])

  useEffect(() => {
    void refresh()
    const isRunning = exports.some((record) => record.status === 'queued' || record.status === 'running')
    if (!isRunning) return
    const timer = setInterval(() => void refresh(), 1000)
    return () => clearInterval(timer)
  }, [refresh, exports])

  if (!id) return null
  const start = async (format: 'pdf' | 'docx') => {
    await fetch(`${api}/bulletin-issues/${id}/export`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ format }) })
    await refresh()
  }
  const suggest = async () => {
    const response = await fetch(`${api}/bulletin-issues/suggestions`, { credentials: 'include' })
    if (response.ok) setSuggestions(((await response.json()) as { documents: Suggestion[] }).documents)
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <a href={`${api}/bulletin-issues/${id}/pdf`}>PDF</a>
        <a href={`${api}/bulletin-issues/${id}/docx`}>DOCX</a>
        <a href={`${api}/bulletin-issues/${id}/print`} target="_blank" rel="noreferrer">打印视图 / Print view</a>
        <Button buttonStyle="secondary" size="small" onClick={() => void start('pdf')}>导出 PDF / Export PDF</Button>
        <Button buttonStyle="secondary" size="small" onClick={() => void start('docx')}>导出 DOCX / Export DOCX</Button>
        <Button buttonStyle="secondary" size="small" onClick={() => void suggest()}>自上期以来 / Since last issue</Button>
      </div>
      {exports.map((record) => (
        <div key={record.id}>
          {record.format.toUpperCase()}: {record.status} {record.progress ?? 0}%{' '}
          {record.status === 'done' && record.url ? <a href={record.url}>{record.filename}</a> : null}
        </div>
      ))}
      {suggestions ? (
        <ul>
          {suggestions.length === 0 ? <li>无 / None</li> : null}
          {suggestions.map((item) => (
            <li key={`${item.relationTo}-${item.id}`}>
              {item.date} {item.title} {item.documentNumber ?? ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
