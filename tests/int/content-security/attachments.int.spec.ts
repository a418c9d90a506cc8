import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, draftItem, ensureWord } from './setup'

let payload: Payload
let office: Office

const WORD = '365bet'

/** A one-page PDF whose text layer reads `text` (Helvetica, so Latin text only). */
const textPdf = (text: string): Buffer => {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  await ensureWord(payload, WORD)
})

describe('attachments', () => {
  it('should report a listed word in an attached PDF’s text, under the attachment’s id', async () => {
    const data = textPdf(`Download the ${WORD} app today`)
    const file = await payload.create({
      collection: 'media',
      data: { title: unique('附件') },
      file: { data, mimetype: 'application/pdf', name: `${unique('notice')}.pdf`, size: data.length },
      depth: 0,
    })
    const item = await draftItem(office, { attachments: [file.id] })
    const { docs } = await payload.find({
      collection: 'content-findings',
      where: { documentId: { equals: String(item.id) }, check: { equals: 'sensitiveWord' } },
      depth: 0,
    })
    expect(docs.map(({ field, match }) => ({ field, match }))).toEqual([
      { field: `attachments.${file.id}`, match: WORD },
    ])
  })
})
