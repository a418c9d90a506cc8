import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'

/** How long `pdftotext` may take on one file before it is given up on. */
export const PDF_TIMEOUT_MS = 30_000
/** The most text read from one file (a long PDF is scanned on its first 20 MB of text). */
const MAX_TEXT_BYTES = 20 * 1024 * 1024

/** UTF-8 when the bytes are valid UTF-8, otherwise GB 18030 (a superset of GBK, which older Chinese documents use). */
const decode = (bytes: Buffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The visible text of an HTML page: no scripts, styles or comments; block elements end lines; entities decoded. */
export const htmlToText = (html: string): string =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const pdfText = (filePath: string): Promise<string | null> =>
  new Promise((resolve) => {
    execFile(
      'pdftotext',
      ['-enc', 'UTF-8', '-q', filePath, '-'],
      { timeout: PDF_TIMEOUT_MS, maxBuffer: MAX_TEXT_BYTES, encoding: 'utf8' },
      (err, stdout) => resolve(err ? null : stdout),
    )
  })

/**
 * The text of an uploaded file where it can be read: plain text, HTML (tags stripped) and PDF (through poppler's
 * `pdftotext`, killed after PDF_TIMEOUT_MS). Anything else (Word documents included), a missing file, or a failed
 * extraction gives null: the attachment is then reported as not scanned rather than as clean.
 */
export const attachmentText = async ({
  filePath,
  mimeType,
}: {
  filePath: string
  mimeType: string
}): Promise<string | null> => {
  const type = mimeType.split(';')[0]!.trim().toLowerCase()
  try {
    if (type === 'application/pdf') return await pdfText(filePath)
    if (type === 'text/plain' || type === 'text/html' || type === 'application/xhtml+xml') {
      const bytes = await readFile(filePath)
      const text = decode(bytes.subarray(0, MAX_TEXT_BYTES))
      return type === 'text/plain' ? text : htmlToText(text)
    }
    return null
  } catch {
    return null
  }
}
