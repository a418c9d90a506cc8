import { bilingualMessage } from '../i18n/messages'
import { isAllowedLinkUrl } from './linkSchemes'

export type UnsafeTextError = { path: string; message: string }

/**
 * Deeper than any document of ours (a rich text list nested twenty deep is about 60 levels). Payload copies
 * and walks the input recursively, so a body nested thousands deep overflows its stack (a 500).
 */
export const MAX_DEPTH = 100

const messages = {
  nul: () => bilingualMessage('不能包含空字符（\\u0000）', 'must not contain the NUL character (\\u0000)'),
  surrogate: () =>
    bilingualMessage(
      '包含无效的 Unicode 字符（孤立的代理项，如 \\ud800）',
      'holds invalid Unicode (a lone surrogate such as \\ud800)',
    ),
  depth: () =>
    bilingualMessage(`嵌套层级过深（超过 ${MAX_DEPTH} 层）`, `is nested too deeply (more than ${MAX_DEPTH} levels)`),
  link: (url: string) =>
    bilingualMessage(
      `链接「${url.slice(0, 60)}」不被允许：只能是 http(s)、mailto、tel 或本站链接`,
      `the link "${url.slice(0, 60)}" is not allowed: only http(s), mailto, tel or links within the site`,
    ),
}

/** Half of a UTF-16 pair without its other half: JSON can carry it, UTF-8 cannot, so PostgreSQL would store U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** What no string may hold: the NUL character, or a lone surrogate. */
const stringProblem = (text: string) =>
  text.includes('\u0000') ? messages.nul() : LONE_SURROGATE.test(text) ? messages.surrogate() : undefined

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
 * the NUL character, which PostgreSQL refuses in text and jsonb (a 500 otherwise), lone surrogates, which it
 * would silently store as U+FFFD (not what the client sent), values nested deeper than MAX_DEPTH, and links in
 * rich text to a scheme the portal will not render (see linkSchemes.ts). One error per field.
 */
export const findUnsafeText = (data: unknown): UnsafeTextError[] => {
  const errors = new Map<string, string>()
  const visit = (value: unknown, segments: string[], depth: number) => {
    if (depth > MAX_DEPTH) {
      // The top-level field (or the rich text field): the full path would be a hundred segments long.
      errors.set(fieldPath(segments.includes('root') ? segments : segments.slice(0, 1)), messages.depth())
      return
    }
    if (typeof value === 'string') {
      const problem = stringProblem(value)
      if (problem) errors.set(fieldPath(segments), problem)
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
      const problem = stringProblem(key)
      if (problem) errors.set(fieldPath(segments), problem)
      visit(child, [...segments, key], depth + 1)
    }
  }
  visit(data, [], 0)
  return [...errors].map(([path, message]) => ({ path, message }))
}
