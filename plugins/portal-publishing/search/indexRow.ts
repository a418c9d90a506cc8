import type { CollectionSlug } from 'payload'

import type { ResolvedPortalOptions } from '../types'

import { DEFAULT_TIME_ZONE, localDay } from '../../../src/lib/platform/dates'
import { documentLexemes, exactKey } from './lexemes'
import { plainText } from './plainText'

/** The longest body text kept for snippets and lexemes; government documents rarely exceed it. */
const MAX_BODY_CHARS = 50_000

export type IndexRow = {
  docCollection: string
  docId: string
  title: string
  url: string
  documentNumber: null | string
  indexNumber: null | string
  documentNumberKey: null | string
  indexNumberKey: null | string
  institution: null | number
  theme: null | number
  genre: null | number
  validity: null | string
  year: null | number
  date: string
  summary: null | string
  bodyText: string
  lexemesTitle: string
  lexemesMeta: string
  lexemesBody: string
}

const idOf = (value: unknown): null | number => {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  const number = Number(id)
  return id == null || id === '' || !Number.isSafeInteger(number) ? null : number
}

const stringOrNull = (value: unknown): null | string =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/** What the index holds of one public document: display fields, filters and the three lexeme weights. */
export const indexRowOf = (
  options: ResolvedPortalOptions,
  collection: CollectionSlug,
  doc: Record<string, unknown>,
): IndexRow => {
  const fields = options.fieldsOf(collection)
  const title = plainText(doc[fields.title]) || String(doc.id)
  const documentNumber = fields.documentNumber ? stringOrNull(doc[fields.documentNumber]) : null
  const indexNumber = fields.indexNumber ? stringOrNull(doc[fields.indexNumber]) : null
  const metaText = fields.meta.map((name) => plainText(doc[name])).join(' ')
  const bodyText = fields.body
    .map((name) => plainText(doc[name]))
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_BODY_CHARS)
  const dateValue =
    (fields.date && stringOrNull(doc[fields.date])) || stringOrNull(doc.createdAt) || new Date().toISOString()
  const date = new Date(dateValue)
  const summaryField = fields.meta.includes('summary') ? stringOrNull(doc.summary) : null

  return {
    docCollection: collection,
    docId: String(doc.id),
    title,
    url: options.itemPath({ collection, doc }),
    documentNumber,
    indexNumber,
    documentNumberKey: documentNumber && exactKey(documentNumber),
    indexNumberKey: indexNumber && exactKey(indexNumber),
    institution: idOf(doc[fields.institution]),
    theme: fields.theme ? idOf(doc[fields.theme]) : null,
    genre: fields.genre ? idOf(doc[fields.genre]) : null,
    validity: fields.validity ? stringOrNull(doc[fields.validity]) : null,
    // The year as read in China: a document dated 1 January 00:30 in Beijing belongs to the new year.
    year: Number(localDay(date, DEFAULT_TIME_ZONE).slice(0, 4)),
    date: date.toISOString(),
    summary: summaryField,
    bodyText,
    lexemesTitle: documentLexemes(title).join(' '),
    lexemesMeta: documentLexemes([metaText, documentNumber, indexNumber].filter(Boolean).join(' ')).join(' '),
    lexemesBody: documentLexemes(bodyText).join(' '),
  }
}
