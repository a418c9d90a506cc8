import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText } from '@payloadcms/richtext-lexical/react'

/** Rich text rendered on the server to plain semantic HTML (paragraphs, headings, lists, tables). */
export function RichTextBody({ value, className = 'body' }: { value: unknown; className?: string }) {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  return <RichText data={value as SerializedEditorState} className={className} disableContainer={false} />
}
