/** Text and links of a Lexical editor state. */
export type RichTextContent = { text: string; links: string[] }

type LexicalNode = {
  type?: unknown
  text?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown }
  children?: unknown
}

/** Nodes that end a line of their own: the text of two paragraphs must not run together into one word. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  'code',
  'root',
])

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

const parse = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

/**
 * The text of paragraphs, headings, lists, quotes and tables (one line each, a table cell too),
 * and the URLs of link and autolink nodes; internal links (to a document of this site) are left out. Accepts
 * the editor state or its JSON; anything malformed is read as no text, never thrown.
 */
export const richTextTargets = (value: unknown): RichTextContent => {
  const state = parse(value)
  const root =
    isNode(state) && isNode((state as { root?: unknown }).root) ? (state as { root: LexicalNode }).root : undefined
  const lines: string[] = []
  const links: string[] = []
  let line = ''
  const endLine = () => {
    if (line.trim() !== '') lines.push(line)
    line = ''
  }
  // Iterative, so a deeply nested state cannot overflow the stack.
  const stack: Array<LexicalNode | 'end-block'> = root ? [root] : []
  let visited = 0
  while (stack.length > 0 && visited++ < 1_000_000) {
    const node = stack.pop()!
    if (node === 'end-block') {
      endLine()
      continue
    }
    const type = typeof node.type === 'string' ? node.type : ''
    if (typeof node.text === 'string') line += node.text
    if (type === 'linebreak') line += '\n'
    if (type === 'tab') line += '\t'
    if (type === 'link' || type === 'autolink') {
      const url =
        typeof node.fields?.url === 'string' ? node.fields.url : typeof node.url === 'string' ? node.url : undefined
      if (url && node.fields?.linkType !== 'internal') links.push(url)
    }
    const children = Array.isArray(node.children) ? node.children.filter(isNode) : []
    if (BLOCK_TYPES.has(type)) {
      endLine()
      stack.push('end-block')
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  endLine()
  return { text: lines.join('\n'), links }
}
