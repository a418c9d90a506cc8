import { bilingualMessage } from '../i18n/messages'
import { isAllowedLinkUrl } from './linkSchemes'

export type UnsafeTextError = { path: string; message: string }

const messages = {
  nul: () => bilingualMessage('不能包含空字符（\\u0000）', 'must not contain the NUL character (\\u0000)'),
  link: (url: string) =>
    bilingualMessage(
      `链接「${url.slice(0, 60)}」不被允许：只能是 http(s)、mailto、tel 或本站链接`,
      `the link "${url.slice(0, 60)}" is not allowed: only http(s), mailto, tel or links within the site`,
    ),
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A Lexical link node that points outside the document (an internal link names a document, not a URL). */
const linkUrlOf = (node: Record<string, unknown>): string | undefined => {
  if (node.type !== 'link' && node.type !== 'autolink') return undefined
  const fields = node.fields
  if (!isObject(fields) || fields.linkType === 'internal' || typeof fields.url !== 'string') return undefined
  return fields.url
}

/** Errors name the field as the admin knows it: inside rich text, the rich text field, not the Lexical node. */
const fieldPath = (segments: ReadonlyArray<string>) => {
  const root = segments.indexOf('root')
  return (root > 0 ? segments.slice(0, root) : segments).join('.') || 'data'
}

/**
 * Finds text no field may hold, anywhere in a write (text, arrays, groups, blocks, rich text and JSON alike):
 * the NUL character, which PostgreSQL refuses in text and jsonb (a 500 otherwise), and links in rich text to a
 * scheme the portal will not render (see linkSchemes.ts). One error per field.
 */
export const findUnsafeText = (data: unknown): UnsafeTextError[] => {
  const errors = new Map<string, string>()
  const visit = (value: unknown, segments: string[], depth: number) => {
    // Deeper than any document of ours: Payload's own validation refuses such input; stop walking.
    if (depth > 64) return
    if (typeof value === 'string') {
      if (value.includes('\u0000')) errors.set(fieldPath(segments), messages.nul())
      return
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...segments, String(index)], depth + 1))
      return
    }
    if (!isObject(value) || value instanceof Date) return
    const url = linkUrlOf(value)
    if (url !== undefined && !isAllowedLinkUrl(url)) {
      const path = fieldPath(segments)
      if (!errors.has(path)) errors.set(path, messages.link(url))
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) errors.set(fieldPath(segments), messages.nul())
      visit(child, [...segments, key], depth + 1)
    }
  }
  visit(data, [], 0)
  return [...errors].map(([path, message]) => ({ path, message }))
}
