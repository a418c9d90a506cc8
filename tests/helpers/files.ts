/** Files for upload tests, built in memory. */

export const MB = 1024 * 1024

/** A well-formed PDF without pages (header, objects, xref, trailer), padded with a comment to at least `minBytes`. */
export const pdf = (minBytes = 0): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj ${object} endobj\n`
  })
  const padding = Math.max(0, minBytes - body.length - 200)
  if (padding > 0) body += `%${'x'.repeat(padding)}\n`
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The multipart body the admin sends: the file, and the other fields as JSON in `_payload`. */
export const upload = (
  file: Buffer,
  { name, type }: { name: string; type: string },
  data: Record<string, unknown> = {},
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}
