'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { messageIn } from '../messageIn'

type Finding = {
  id: number
  check: string
  severity: 'block' | 'warn'
  field: string
  match: string
  message?: null | string
  status: 'accepted' | 'open' | 'resolved'
  reason?: null | string
}

const words = {
  title: { zh: '内容安全检查', en: 'Content security' },
  none: { zh: '最近一次保存未发现问题。', en: 'The last save found nothing.' },
  block: { zh: '阻止发布', en: 'Blocks publication' },
  warn: { zh: '提示', en: 'Warning' },
  accepted: { zh: '已认定误报', en: 'Accepted' },
  loadFailed: { zh: '无法加载检查结果', en: 'Could not load the findings' },
  accept: { zh: '认定为误报', en: 'Accept as a false positive' },
  reason: { zh: '认定理由（必填，记入审核记录）', en: 'Reason (required, kept in the audit log)' },
  confirm: { zh: '确认认定', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
} as const

/**
 * Edit-view sidebar: the report of the document's last scan (open and accepted findings), blocking ones first. Saved
 * with each draft; the disclosure office accepts false positives (POST /api/content-findings/:id/accept).
 */
export const FindingsReport = ({ officeRoles = [] }: { officeRoles?: string[] }) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { user } = useAuth()
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const [findings, setFindings] = useState<Finding[]>()
  const [error, setError] = useState<string>()
  const [accepting, setAccepting] = useState<number>()
  const [reason, setReason] = useState('')
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const canAccept = ((user as { roles?: string[] } | null)?.roles ?? []).some((role) => officeRoles.includes(role))

  const load = useCallback(() => {
    if (!collectionSlug || id === undefined || id === null) return
    const query = new URLSearchParams({
      'where[documentCollection][equals]': collectionSlug,
      'where[documentId][equals]': String(id),
      'where[status][not_equals]': 'resolved',
      sort: 'severity',
      depth: '0',
      limit: '100',
    })
    fetch(`${api}/content-findings?${query.toString()}`, { credentials: 'include' })
      .then(async (response) => {
        const body = (await response.json()) as { docs?: Finding[] }
        if (!response.ok) throw new Error(String(response.status))
        setFindings(body.docs ?? [])
      })
      .catch((err: Error) => setError(err.message))
  }, [api, collectionSlug, id])

  useEffect(load, [load, lastUpdateTime])

  /** The server refuses an empty reason and says why in the admin's language; the answer is shown as it is. */
  const accept = async (finding: number) => {
    const response = await fetch(`${api}/content-findings/${finding}/accept`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      setError(body.errors?.[0]?.message ?? String(response.status))
      return
    }
    setError(undefined)
    setAccepting(undefined)
    setReason('')
    load()
  }

  if (id === undefined || id === null) return null
  return (
    <section className="content-findings-report field-type" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h4 style={{ margin: '0 0 0.5em' }}>{words.title[language]}</h4>
      {error ? (
        <p role="alert" className="content-findings-report__error">
          {findings ? error : `${words.loadFailed[language]}: ${error}`}
        </p>
      ) : null}
      {findings && findings.length === 0 ? <p>{words.none[language]}</p> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {(findings ?? []).map((finding) => (
          <li
            key={finding.id}
            data-severity={finding.severity}
            data-status={finding.status}
            style={{ marginBottom: '0.75em' }}
          >
            <strong
              style={{
                color:
                  finding.status === 'accepted'
                    ? 'var(--theme-elevation-500)'
                    : finding.severity === 'block'
                      ? 'var(--theme-error-500)'
                      : 'var(--theme-warning-500)',
              }}
            >
              {finding.status === 'accepted' ? words.accepted[language] : words[finding.severity][language]}
            </strong>
            {` · ${finding.field} · “${finding.match}”`}
            <div>{messageIn(finding.message, language)}</div>
            {finding.reason ? <div style={{ color: 'var(--theme-elevation-500)' }}>{finding.reason}</div> : null}
            {canAccept && finding.status === 'open' && accepting !== finding.id ? (
              <Button
                buttonStyle="secondary"
                size="small"
                className="content-findings-report__accept"
                onClick={() => setAccepting(finding.id)}
              >
                {words.accept[language]}
              </Button>
            ) : null}
            {accepting === finding.id ? (
              <div className="content-findings-report__acceptance">
                <label htmlFor={`finding-reason-${finding.id}`}>{words.reason[language]}</label>
                <textarea
                  id={`finding-reason-${finding.id}`}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  rows={3}
                  style={{ width: '100%' }}
                />
                <Button
                  size="small"
                  className="content-findings-report__confirm"
                  onClick={() => void accept(finding.id)}
                >
                  {words.confirm[language]}
                </Button>{' '}
                <Button buttonStyle="secondary" size="small" onClick={() => setAccepting(undefined)}>
                  {words.cancel[language]}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
