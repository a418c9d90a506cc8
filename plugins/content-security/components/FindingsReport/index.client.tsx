'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

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
} as const

/** The stored message holds the Chinese line, then the English one. */
const messageIn = (message: null | string | undefined, language: string) => {
  const [zh, en] = (message ?? '').split('\n')
  return (language === 'en' ? en : zh) ?? ''
}

/**
 * Edit-view sidebar: the report of the document's last scan (open and accepted findings), blocking ones first. Saved
 * with each draft; the disclosure office accepts false positives (POST /api/content-findings/:id/accept).
 */
export const FindingsReport = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const [findings, setFindings] = useState<Finding[]>()
  const [error, setError] = useState<string>()
  const language = i18n.language === 'en' ? 'en' : 'zh'

  useEffect(() => {
    if (!collectionSlug || id === undefined || id === null) return
    const query = new URLSearchParams({
      'where[documentCollection][equals]': collectionSlug,
      'where[documentId][equals]': String(id),
      'where[status][not_equals]': 'resolved',
      sort: 'severity',
      depth: '0',
      limit: '100',
    })
    fetch(`${config.serverURL ?? ''}${config.routes.api}/content-findings?${query.toString()}`, {
      credentials: 'include',
    })
      .then(async (response) => {
        const body = (await response.json()) as { docs?: Finding[] }
        if (!response.ok) throw new Error(String(response.status))
        setFindings(body.docs ?? [])
      })
      .catch((err: Error) => setError(err.message))
  }, [collectionSlug, id, lastUpdateTime, config.serverURL, config.routes.api])

  if (id === undefined || id === null) return null
  return (
    <section className="content-findings-report field-type" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h4 style={{ margin: '0 0 0.5em' }}>{words.title[language]}</h4>
      {error ? <p role="alert">{`${words.loadFailed[language]}: ${error}`}</p> : null}
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
          </li>
        ))}
      </ul>
    </section>
  )
}
