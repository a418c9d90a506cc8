'use client'

import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { say } from '../IssueTools/labels'

type SectionRow = { heading?: string | null }

type EntryRow = {
  document?: { relationTo?: string; value?: number | string | { id?: number | string; title?: string } } | null
  frozen?: { snapshot?: { title?: string } | null } | null
}

const twoDigits = (rowNumber: number | undefined) => String((rowNumber ?? 0) + 1).padStart(2, '0')

/** A collapsed section reads as its heading (政府文件), not 「栏目 03」. */
export const SectionRowLabel = () => {
  const { data, rowNumber } = useRowLabel<SectionRow>()
  const { i18n } = useTranslation()
  const heading = data?.heading?.trim()
  return (
    <span className="bulletin-row-label">{heading || `${say('section', i18n.language)} ${twoDigits(rowNumber)}`}</span>
  )
}

// Titles already read in this tab, so reordering or collapsing rows never asks again.
const knownTitles = new Map<string, string>()

/**
 * A collapsed entry reads as its print position and title (03 · 关于…的通知): the frozen title once the issue is
 * published, else the document's current title, read once per document.
 */
export const EntryRowLabel = () => {
  const { data, rowNumber } = useRowLabel<EntryRow>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const reference = data?.document
  const id = reference && typeof reference.value === 'object' ? reference.value?.id : reference?.value
  const key = reference?.relationTo && id != null ? `${reference.relationTo}/${id}` : undefined
  const given =
    data?.frozen?.snapshot?.title ||
    (reference && typeof reference.value === 'object' ? reference.value?.title : undefined)
  const [title, setTitle] = useState<string | undefined>(given ?? (key ? knownTitles.get(key) : undefined))

  useEffect(() => {
    if (given) return setTitle(given)
    if (!key) return setTitle(undefined)
    const known = knownTitles.get(key)
    if (known !== undefined) return setTitle(known)
    let current = true
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    void fetch(`${api}/${key}?depth=0&draft=true&select[title]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((document: { title?: string } | undefined) => {
        if (typeof document?.title !== 'string') return
        knownTitles.set(key, document.title)
        if (current) setTitle(document.title)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [given, key, config.serverURL, config.routes.api])

  return (
    <span className="bulletin-row-label">
      {title ? `${twoDigits(rowNumber)} · ${title}` : `${say('entry', i18n.language)} ${twoDigits(rowNumber)}`}
    </span>
  )
}
