import type { LexicalDocument } from '../printable'

/** Rich text reduced to what the bulletin prints; every renderer (PDF, DOCX, HTML) reads these. */
export type Run = { text: string; isBold: boolean; isItalic: boolean }
export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; isOrdered: boolean; items: Run[][] }
  | {
      kind: 'table'
      rows: Run[][][]
      /** Relative column widths; equal columns when absent (rich text never sets them, generated tables may). */
      widths?: number[]
    }
  | { kind: 'image'; mediaId: string; alt: string }

type Node = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: Node[]
  value?: unknown
  relationTo?: string
}

const BOLD = 1
const ITALIC = 2

const runsOf = (nodes: Node[] = [], inherited: Omit<Run, 'text'> = { isBold: false, isItalic: false }): Run[] =>
  nodes.flatMap((node): Run[] => {
    if (node.type === 'text') {
      const format = typeof node.format === 'number' ? node.format : 0
      return [
        {
          text: node.text ?? '',
          isBold: inherited.isBold || (format & BOLD) !== 0,
          isItalic: inherited.isItalic || (format & ITALIC) !== 0,
        },
      ]
    }
    if (node.type === 'linebreak') return [{ text: '\n', ...inherited }]
    if (node.type === 'tab') return [{ text: '\t', ...inherited }]
    return runsOf(node.children, inherited)
  })

/** Adjacent runs of the same style joined: fewer text operations, same output. */
const merged = (runs: Run[]): Run[] =>
  runs.reduce<Run[]>((all, run) => {
    const last = all.at(-1)
    if (last && last.isBold === run.isBold && last.isItalic === run.isItalic) last.text += run.text
    else if (run.text) all.push({ ...run })
    return all
  }, [])

const mediaIdOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

const blocksOf = (node: Node): Block[] => {
  switch (node.type) {
    case 'heading':
      return [
        {
          kind: 'heading',
          level: Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 2),
          runs: merged(runsOf(node.children)),
        },
      ]
    case 'list':
      return [
        {
          kind: 'list',
          isOrdered: node.listType === 'number',
          items: (node.children ?? []).map((item) => merged(runsOf(item.children))).filter((runs) => runs.length > 0),
        },
      ]
    case 'table':
      return [
        {
          kind: 'table',
          rows: (node.children ?? []).map((row) => (row.children ?? []).map((cell) => merged(runsOf(cell.children)))),
        },
      ]
    case 'upload': {
      const mediaId = node.relationTo === 'media' ? mediaIdOf(node.value) : null
      const alt =
        typeof node.value === 'object' && node.value ? String((node.value as { alt?: unknown }).alt ?? '') : ''
      return mediaId ? [{ kind: 'image', mediaId, alt }] : []
    }
    case 'quote':
    case 'paragraph':
      return [{ kind: 'paragraph', runs: merged(runsOf(node.children)) }]
    default:
      return node.children ? node.children.flatMap(blocksOf) : []
  }
}

/** The printable blocks of a Lexical document; empty paragraphs are dropped (they are editor spacing). */
export const blocksOfRichText = (document: LexicalDocument | null | undefined): Block[] =>
  ((document?.root?.children ?? []) as Node[])
    .flatMap(blocksOf)
    .filter((block) => block.kind !== 'paragraph' || block.runs.some((run) => run.text.trim() !== ''))

/** The plain text of runs. */
export const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('')
