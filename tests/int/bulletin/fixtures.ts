import type { Payload } from 'payload'

import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, ensureCategory, lexical, unique } from '../../helpers/fixtures'

export const ISSUES = 'bulletin-issues' as const

/**
 * The one way these tests publish: as the system (the seed's and imports' path), since the workflow
 * plugin closes every other way to publish.
 */
export const asSystem = () => ({ context: systemPublishContext(), depth: 0 }) as const

/** Issue numbers unique across the test files that share the database. */
export const issueNumbers = () => ({
  year: crypto.randomInt(2100, 2999),
  issueNumber: crypto.randomInt(1, 1_000_000),
  cumulativeNumber: crypto.randomInt(1, 2_000_000_000),
})

export type Placed = {
  relationTo: 'disclosure-items' | 'policies'
  value: number
  title: string
  documentNumber: string
}

let documentSerial = crypto.randomInt(1, 9000)

/** A published disclosure item with a 文号, as the bulletin places them. */
export const publishItem = async (payload: Payload, extra: Record<string, unknown> = {}): Promise<Placed> => {
  const institution = await createInstitution(payload)
  const theme = await ensureCategory(payload, 'theme', 'T02', '综合政务')
  documentSerial += 1
  const title = unique('关于印发工作方案的通知')
  const documentNumber = `扎政发〔2026〕${documentSerial}号`
  const item = await payload.create({
    collection: 'disclosure-items',
    data: {
      title,
      documentNumber,
      institution: institution.id,
      dateMade: '2026-03-01',
      theme: theme.id,
      body: lexical(`${title}的正文第一段。`, '第二段：为了加强政府信息公开工作，制定本方案。'),
      disclosureMethod: 'proactive' as const,
      _status: 'published' as const,
      ...extra,
    },
    ...asSystem(),
  })
  return { relationTo: 'disclosure-items', value: item.id, title, documentNumber }
}

export const sectionsOf = (...columns: Array<[heading: string, entries: Placed[]]>) =>
  columns.map(([heading, entries]) => ({
    heading,
    entries: entries.map(({ relationTo, value }) => ({ document: { relationTo, value } })),
  }))

/** A draft issue with the given sections. */
export const createDraftIssue = async (
  payload: Payload,
  sections: ReturnType<typeof sectionsOf>,
  extra: Record<string, unknown> = {},
) =>
  payload.create({
    collection: ISSUES,
    data: {
      title: '扎兰资讯',
      ...issueNumbers(),
      publicationDate: '2026-03-05',
      sections,
      _status: 'draft' as const,
      ...extra,
    },
    draft: true,
    depth: 0,
  })

export const publishIssue = (payload: Payload, id: number) =>
  payload.update({ collection: ISSUES, id, data: { _status: 'published' as const }, ...asSystem() })

/** Text of a PDF (pages first..last, all by default) through poppler's pdftotext. */
export const pdfText = (pdf: Buffer, pages?: { first: number; last: number }) => {
  const file = path.join(os.tmpdir(), `bulletin-${crypto.randomBytes(4).toString('hex')}.pdf`)
  fs.writeFileSync(file, pdf)
  try {
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []
    return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' })
  } finally {
    fs.rmSync(file)
  }
}

export const pdfTool = (tool: 'pdffonts' | 'pdfinfo', pdf: Buffer) => {
  const file = path.join(os.tmpdir(), `bulletin-${crypto.randomBytes(4).toString('hex')}.pdf`)
  fs.writeFileSync(file, pdf)
  try {
    return execFileSync(tool, [file], { encoding: 'utf8' })
  } finally {
    fs.rmSync(file)
  }
}

/** The positions of each needle in the text, -1 where missing. */
export const positionsIn = (text: string, needles: string[]) => needles.map((needle) => text.indexOf(needle))
