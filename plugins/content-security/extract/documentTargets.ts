import type { ScanTarget } from '../findings'

import { richTextTargets } from './richTextTargets'

/** What is scanned when the plugin is configured with no field names. */
export const DEFAULT_SCANNED_FIELDS: readonly string[] = ['title', 'summary', 'body']

const isRichText = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  'root' in value &&
  typeof (value as { root: unknown }).root === 'object'

/** The values at a dotted path, through arrays (`materials.name` reads the name of every material). */
const valuesAt = (value: unknown, path: readonly string[]): unknown[] => {
  if (Array.isArray(value) && !isRichText(value)) return value.flatMap((item) => valuesAt(item, path))
  if (path.length === 0) return [value]
  if (typeof value !== 'object' || value === null) return []
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1))
}

/**
 * One scan target per named field of a document: plain text as it is, rich text (Lexical) as its text and links,
 * arrays (keywords, rows of an array field via `rows.column`) joined by lines. Empty fields give no target.
 * `fields` lists every field to scan (default: title, summary, body); names may be dotted paths.
 */
export const documentTargets = ({
  doc,
  fields = DEFAULT_SCANNED_FIELDS,
}: {
  doc: Record<string, unknown>
  fields?: readonly string[]
}): ScanTarget[] => {
  const targets: ScanTarget[] = []
  for (const field of new Set(fields)) {
    const texts: string[] = []
    const links: string[] = []
    for (const value of valuesAt(doc, field.split('.'))) {
      if (typeof value === 'string') texts.push(value)
      else if (typeof value === 'number') texts.push(String(value))
      else if (isRichText(value)) {
        const content = richTextTargets(value)
        texts.push(content.text)
        links.push(...content.links)
      }
    }
    const text = texts.filter((part) => part !== '').join('\n')
    if (text === '' && links.length === 0) continue
    targets.push(links.length > 0 ? { field, text, links } : { field, text })
  }
  return targets
}
