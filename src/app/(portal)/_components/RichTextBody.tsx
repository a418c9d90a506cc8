import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import type { JSXConverter, JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { safeHref } from '../../../lib/platform/input/linkSchemes'

type LinkNode = SerializedLexicalNode & {
  children?: SerializedLexicalNode[]
  fields?: { linkType?: string; url?: unknown; newTab?: boolean }
}

/**
 * Links are refused at save unless http(s), mailto, tel or within the site (src/lib/platform/input/unsafeText.ts);
 * a link stored before that rule, or written around it, still never becomes a live href here: its text stays,
 * inert. Internal links (to a document) keep the default rendering.
 */
const safeLinks =
  (fallback: JSXConverters['link']): JSXConverter<LinkNode> =>
  (args) => {
    const { node, nodesToJSX } = args
    if (node.fields?.linkType === 'internal' && fallback !== undefined)
      return typeof fallback === 'function' ? fallback(args as Parameters<typeof fallback>[0]) : fallback
    const children = nodesToJSX({ nodes: node.children ?? [] })
    const href = safeHref(node.fields?.url)
    if (!href) return <span>{children}</span>
    return node.fields?.newTab ? (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {children}
      </a>
    ) : (
      <a href={href}>{children}</a>
    )
  }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: safeLinks(defaultConverters.link),
  // An autolink is always a URL, never a document.
  autolink: safeLinks(undefined),
})

/** Rich text rendered on the server to plain semantic HTML (paragraphs, headings, lists, tables). */
export function RichTextBody({ value, className = 'body' }: { value: unknown; className?: string }) {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  return (
    <RichText
      data={value as SerializedEditorState}
      className={className}
      disableContainer={false}
      converters={converters}
    />
  )
}
