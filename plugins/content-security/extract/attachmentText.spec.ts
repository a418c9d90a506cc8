import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { attachmentText, htmlToText } from './attachmentText'

const dir = mkdtempSync(join(tmpdir(), 'attachment-text-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** A one-page PDF whose text is ASCII (Chinese would need an embedded font), built by hand with valid offsets. */
const minimalPdf = (line: string): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const stream = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(pdf.length)
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

describe('attachment text', () => {
  it('should read plain text in UTF-8 and in GB 18030', async () => {
    expect(await attachmentText({ filePath: file('a.txt', '\ufeffUedBet体育人民政府'), mimeType: 'text/plain' })).toBe(
      'UedBet体育人民政府',
    )
    const gbk = Buffer.from([0xd5, 0xfe, 0xb8, 0xae]) // 政府
    expect(await attachmentText({ filePath: file('b.txt', gbk), mimeType: 'text/plain; charset=gbk' })).toBe('政府')
  })

  it('should strip tags, scripts and styles from HTML and decode entities', async () => {
    const html =
      '<html><head><style>p{}</style><script>var a="<p>x</p>"</script></head><body><p>通过UedBet体育&amp;人民政府</p><div>第二&#x884C;</div></body></html>'
    expect(await attachmentText({ filePath: file('c.html', html), mimeType: 'text/html' })).toBe(
      '通过UedBet体育&人民政府\n第二行',
    )
    expect(htmlToText('a<!-- <b>hidden</b> -->b')).toBe('ab')
  })

  it('should extract the text of a PDF with pdftotext', async () => {
    const path = file('d.pdf', minimalPdf('Visit www.uedbet.example.com now'))
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    expect(await attachmentText({ filePath: path, mimeType: 'application/pdf' })).toContain('www.uedbet.example.com')
  })

  it('should give null for a broken PDF, a missing file and a type it cannot read', async () => {
    expect(await attachmentText({ filePath: file('e.pdf', 'not a pdf'), mimeType: 'application/pdf' })).toBeNull()
    expect(await attachmentText({ filePath: join(dir, 'missing.txt'), mimeType: 'text/plain' })).toBeNull()
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expect(await attachmentText({ filePath: file('f.docx', 'PK'), mimeType: docx })).toBeNull()
  })
})
