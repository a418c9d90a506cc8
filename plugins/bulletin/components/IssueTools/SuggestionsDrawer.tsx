'use client'

import { Button, Drawer, useForm, useFormFields } from '@payloadcms/ui'
import React, { useMemo, useState } from 'react'

import { say, sourceWords, textOf } from './labels'

export type Suggestion = {
  relationTo: string
  id: number | string
  title: string
  documentNumber: string | null
  date: string | null
}

export const SUGGESTIONS_DRAWER = 'bulletin-suggestions'
export const PAGE_SIZE = 10

type SectionInForm = { index: number; heading: string; placed: Set<string> }

const keyOf = (relationTo: unknown, id: unknown) => `${String(relationTo)}:${String(id)}`

type FieldState = { value?: unknown; rows?: unknown[] }

/** The sections as the form holds them now (unsaved rows included), with the documents placed in each. */
const sectionsInForm = (fields: Record<string, FieldState>): SectionInForm[] => {
  const rowsOf = (path: string) =>
    fields[path]?.rows?.length ?? (typeof fields[path]?.value === 'number' ? (fields[path].value as number) : 0)
  return Array.from({ length: rowsOf('sections') }, (_, index) => {
    const placed = new Set<string>()
    for (let entry = 0; entry < rowsOf(`sections.${index}.entries`); entry += 1) {
      const value = fields[`sections.${index}.entries.${entry}.document`]?.value as
        { relationTo?: unknown; value?: unknown } | undefined
      if (value?.relationTo)
        placed.add(
          keyOf(
            value.relationTo,
            typeof value.value === 'object' && value.value ? (value.value as { id?: unknown }).id : value.value,
          ),
        )
    }
    return { index, heading: String(fields[`sections.${index}.heading`]?.value ?? `#${index + 1}`), placed }
  })
}

/**
 * What was published since the last issue, ten to a page, each placed into the chosen section with one
 * click: the entry is added to the form (as 添加篇目 would, with its document chosen), and kept when the
 * issue is saved.
 */
export const SuggestionsDrawer = ({
  language,
  suggestions,
  since,
  error,
}: {
  language: string
  suggestions: Suggestion[] | null
  since: string | null
  error: string | null
}) => {
  const { addFieldRow } = useForm()
  const fields = useFormFields(([state]) => state) as Record<string, FieldState>
  const sections = useMemo(() => sectionsInForm(fields), [fields])
  const [target, setTarget] = useState(0)
  const [page, setPage] = useState(0)
  const placed = useMemo(() => new Set(sections.flatMap((section) => [...section.placed])), [sections])

  const total = suggestions?.length ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(page, pages - 1)
  const shown = (suggestions ?? []).slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
  const section = sections[Math.min(target, sections.length - 1)]

  const place = (suggestion: Suggestion) => {
    if (!section) return
    addFieldRow({
      path: `sections.${section.index}.entries`,
      schemaPath: 'bulletin-issues.sections.entries',
      subFieldState: {
        document: {
          value: { relationTo: suggestion.relationTo, value: suggestion.id },
          initialValue: null,
          valid: true,
          passesCondition: true,
        },
      },
    })
  }

  const cell: React.CSSProperties = {
    borderBottom: '1px solid var(--theme-elevation-100)',
    padding: 'calc(var(--base) / 3) calc(var(--base) / 2)',
    textAlign: 'left',
    verticalAlign: 'top',
  }

  return (
    <Drawer slug={SUGGESTIONS_DRAWER} title={say('suggestionsTitle', language)}>
      <div
        className="bulletin-suggestions"
        style={{ display: 'flex', flexDirection: 'column', gap: 'var(--base)', paddingBottom: 'calc(var(--base) * 2)' }}
      >
        {error ? (
          <p className="bulletin-suggestions__error" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
        {suggestions === null && !error ? <p>{say('suggestionsLoading', language)}</p> : null}
        {suggestions !== null && total === 0 ? (
          <p className="bulletin-suggestions__none">{say('suggestionsNone', language)}</p>
        ) : null}
        {total > 0 ? (
          <>
            <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
              {since ? (
                <span style={{ color: 'var(--theme-elevation-500)' }}>
                  {say('suggestionsSince', language)}: {since}
                </span>
              ) : null}
              {sections.length === 0 ? (
                <span style={{ color: 'var(--theme-warning-600)' }}>{say('noSections', language)}</span>
              ) : (
                <label style={{ alignItems: 'center', display: 'flex', gap: 'calc(var(--base) / 2)' }}>
                  {say('placeInto', language)}
                  <select
                    id="bulletin-suggestions-section"
                    onChange={(event) => setTarget(Number(event.target.value))}
                    style={{
                      background: 'var(--theme-input-bg)',
                      border: '1px solid var(--theme-elevation-150)',
                      borderRadius: 'var(--style-radius-s)',
                      color: 'var(--theme-text)',
                      padding: 'calc(var(--base) / 4) calc(var(--base) / 2)',
                    }}
                    value={section?.index ?? 0}
                  >
                    {sections.map((candidate) => (
                      <option key={candidate.index} value={candidate.index}>
                        {candidate.heading}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            <table className="bulletin-suggestions__table" style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>{say('date', language)}</th>
                  <th style={cell}>{say('title', language)}</th>
                  <th style={cell}>{say('documentNumber', language)}</th>
                  <th style={cell}>{say('source', language)}</th>
                  <th style={cell} />
                </tr>
              </thead>
              <tbody>
                {shown.map((suggestion) => {
                  const key = keyOf(suggestion.relationTo, suggestion.id)
                  const isPlaced = placed.has(key)
                  return (
                    <tr data-key={key} key={key}>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>{suggestion.date ?? ''}</td>
                      <td style={cell}>{suggestion.title}</td>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>{suggestion.documentNumber ?? ''}</td>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        {textOf(sourceWords[suggestion.relationTo], language, suggestion.relationTo)}
                      </td>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        {isPlaced ? (
                          <span className="bulletin-suggestions__placed" title={say('placedHint', language)}>
                            {say('placed', language)}
                          </span>
                        ) : (
                          <Button
                            buttonStyle="secondary"
                            className="bulletin-suggestions__place"
                            disabled={!section}
                            margin={false}
                            onClick={() => place(suggestion)}
                            size="small"
                          >
                            {say('place', language)}
                          </Button>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <nav
              aria-label={say('pageOf', language, { page: current + 1, pages, total })}
              style={{ alignItems: 'center', display: 'flex', gap: 'var(--base)' }}
            >
              <Button
                buttonStyle="secondary"
                disabled={current === 0}
                margin={false}
                onClick={() => setPage(current - 1)}
                size="small"
              >
                {say('previous', language)}
              </Button>
              <span className="bulletin-suggestions__page">
                {say('pageOf', language, { page: current + 1, pages, total })}
              </span>
              <Button
                buttonStyle="secondary"
                disabled={current >= pages - 1}
                margin={false}
                onClick={() => setPage(current + 1)}
                size="small"
              >
                {say('next', language)}
              </Button>
            </nav>
          </>
        ) : null}
      </div>
    </Drawer>
  )
}
