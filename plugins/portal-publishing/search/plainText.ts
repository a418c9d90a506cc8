type LexicalNode = { text?: unknown; children?: unknown; type?: unknown }

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablerow', 'linebreak'])

const walk = (node: LexicalNode, out: string[]) => {
  if (typeof node.text === 'string') out.push(node.text)
  if (Array.isArray(node.children)) for (const child of node.children) walk(child as LexicalNode, out)
  if (typeof node.type === 'string' && BLOCKS.has(node.type)) out.push('\n')
}

/** The readable text of a field value: Lexical rich text, a string, or a list of strings. */
export const plainText = (value: unknown): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join(' ')
  if (typeof value === 'object' && 'root' in value) {
    const out: string[] = []
    walk((value as { root: LexicalNode }).root, out)
    return out.join('').replace(/\n+/g, '\n').trim()
  }
  return ''
}
