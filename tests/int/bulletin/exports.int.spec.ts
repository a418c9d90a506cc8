import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { listPublishedIssues } from '../../../plugins/bulletin'
import { createInstitution, createUser } from '../../helpers/fixtures'
import { getTestPayload, rest } from './config'
import { download } from './download'
import { createDraftIssue, ISSUES, pdfText, publishIssue, publishItem, sectionsOf } from './fixtures'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, { roles: ['bulletin-editor'] })).token
})

const waitForExport = async (id: number) => {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const record = await payload.findByID({ collection: 'bulletin-exports', id, depth: 0 })
    if (record.status === 'done' || record.status === 'failed') return record
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`export ${id} did not finish`)
}

describe('export tasks', () => {
  it('should render the PDF in a jobs-queue task into a downloadable upload, with the issue’s hash', async () => {
    const placed = await publishItem(payload)
    const issue = await publishIssue(payload, (await createDraftIssue(payload, sectionsOf(['政府文件', [placed]]))).id)
    const started = await rest('POST', `/${ISSUES}/${issue.id}/export`, { token, body: { format: 'pdf' } })
    expect(started.status, started.text).toBe(202)
    const record = await waitForExport(started.json.exportId)
    expect(record.status, record.error ?? '').toBe('done')
    expect(record.progress).toBe(100)
    expect(record.contentHash).toBe(issue.contentHash)
    expect(record.mimeType).toBe('application/pdf')
    const file = await download(new URL(record.url!, 'http://localhost').pathname.replace(/^\/api/, ''), token)
    expect(file.status).toBe(200)
    expect(pdfText(file.body)).toContain(placed.title)
    const direct = await download(`/${ISSUES}/${issue.id}/pdf`)
    expect(file.body.equals(direct.body)).toBe(true)
  })

  it('should refuse starting an export to anyone but bulletin staff, and an unknown format', async () => {
    const issue = await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))
    const editor = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    expect(
      (await rest('POST', `/${ISSUES}/${issue.id}/export`, { token: editor.token, body: { format: 'pdf' } })).status,
    ).toBe(403)
    expect((await rest('POST', `/${ISSUES}/${issue.id}/export`, { body: { format: 'pdf' } })).status).toBe(403)
    expect((await rest('POST', `/${ISSUES}/${issue.id}/export`, { token, body: { format: 'odt' } })).status).toBe(400)
  })
})

describe('the portal listing', () => {
  it('should list published issues by year with their downloads, and no drafts', async () => {
    const published = await publishIssue(
      payload,
      (await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))).id,
    )
    const draft = await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))
    const years = await listPublishedIssues(payload)
    const all = years.flatMap((year) => year.issues)
    const listed = all.find((issue) => issue.id === published.id)
    expect(listed).toMatchObject({ downloads: { pdf: `/api/${ISSUES}/${published.id}/pdf` } })
    expect(years.find((year) => year.year === published.year)?.issues).toContainEqual(listed)
    expect(all.some((issue) => issue.id === draft.id)).toBe(false)
    expect(years.map((year) => year.year)).toEqual([...years.map((year) => year.year)].sort((a, b) => b - a))
  })
})
