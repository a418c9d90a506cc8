import type { Validate } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'

/** Whether a Lexical node, or any node under it, holds text other than whitespace. */
const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children } = node as { text?: unknown; children?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return Array.isArray(children) && children.some(hasText)
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  // An empty Lexical document still has a root with one paragraph, whose text nodes may be blank.
  (typeof value === 'object' && 'root' in (value as object) && !hasText((value as { root: unknown }).root))

/**
 * Drafts may be incomplete; a published document may not. Wraps a field's own validation so that an
 * empty value is refused only when the document is being published.
 */
export const requiredToPublish =
  (fieldLabel: { zh: string; en: string }, validate?: Validate): Validate =>
  (value, args) => {
    const status = (args.data as { _status?: string } | undefined)?._status
    if (status === 'published' && isEmpty(value)) {
      return bilingualMessage(`发布前必须填写“${fieldLabel.zh}”`, `${fieldLabel.en} is required to publish`)
    }
    return validate ? validate(value, args) : true
  }
