import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '../../helpers/fixtures'
import { getTestPayload } from './config'
import { download } from './download'
import { asSystem, createDraftIssue, ISSUES, pdfText, publishIssue, publishItem, sectionsOf } from './fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type FrozenEntry = {
  frozen: {
    versionId: string
    contentHash: string
    snapshot: { title: string; documentNumber: string; versionId: string }
  }
}

const entriesOf = (issue: { sections?: Array<{ entries?: unknown[] | null }> | null }) =>
  (issue.sections ?? []).flatMap((section) => (section.entries ?? []) as FrozenEntry[])

describe('freezing on publication', () => {
  it('should keep each entry’s published version and a hashed snapshot of what prints', async () => {
    const first = await publishItem(payload)
    const second = await publishItem(payload)
    const draft = await createDraftIssue(payload, sectionsOf(['政府文件', [first]], ['部门文件', [second]]))
    expect(draft.frozenAt ?? null).toBeNull()
    const published = await publishIssue(payload, draft.id)
    expect(published.frozenAt).toBeTruthy()
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const entries = entriesOf(published)
    expect(entries.map((entry) => entry.frozen.snapshot.title)).toEqual([first.title, second.title])
    expect(entries.map((entry) => entry.frozen.snapshot.documentNumber)).toEqual([
      first.documentNumber,
      second.documentNumber,
    ])
    for (const entry of entries) expect(entry.frozen.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const { docs } = await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: first.value } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    expect(entries[0]!.frozen.versionId).toBe(String(docs[0]!.id))
  })

  it('should not change the issue or its exports when an item is edited after publication', async () => {
    const placed = await publishItem(payload)
    const issue = await publishIssue(payload, (await createDraftIssue(payload, sectionsOf(['政府文件', [placed]]))).id)
    const pdfBefore = await download(`/${ISSUES}/${issue.id}/pdf`)
    const docxBefore = await download(`/${ISSUES}/${issue.id}/docx`)
    expect(pdfBefore.status).toBe(200)

    await payload.update({
      collection: 'disclosure-items',
      id: placed.value,
      data: {
        title: '已被修改的标题',
        documentNumber: '扎政发〔2026〕999号',
        body: lexical('修改后的正文'),
        _status: 'published',
      },
      ...asSystem(),
    })

    const after = await payload.findByID({ collection: ISSUES, id: issue.id, depth: 0 })
    expect(entriesOf(after)[0]!.frozen.snapshot.title).toBe(placed.title)
    expect(after.contentHash).toBe(issue.contentHash)
    const pdfAfter = await download(`/${ISSUES}/${issue.id}/pdf`)
    const text = pdfText(pdfAfter.body)
    expect(pdfAfter.headers.get('x-content-hash')).toBe(issue.contentHash)
    expect(text).not.toContain('已被修改的标题')
    expect(text).toContain(placed.title)
    expect(pdfAfter.body.equals(pdfBefore.body)).toBe(true)
    expect((await download(`/${ISSUES}/${issue.id}/docx`)).body.equals(docxBefore.body)).toBe(true)
  })

  it('should refuse changing what a frozen issue prints, and keep its snapshots on other saves', async () => {
    const placed = await publishItem(payload)
    const other = await publishItem(payload)
    const issue = await publishIssue(payload, (await createDraftIssue(payload, sectionsOf(['政府文件', [placed]]))).id)
    await expect(
      payload.update({
        collection: ISSUES,
        id: issue.id,
        data: { sections: sectionsOf(['政府文件', [other]]) },
        ...asSystem(),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'sections' }] } })
    await expect(
      payload.update({
        collection: ISSUES,
        id: issue.id,
        data: { cumulativeNumber: issue.cumulativeNumber + 1 },
        ...asSystem(),
      }),
    ).rejects.toMatchObject({
      status: 400,
    })
    const resaved = await payload.update({
      collection: ISSUES,
      id: issue.id,
      data: { coversFrom: '2026-01-01' },
      ...asSystem(),
    })
    expect(resaved.contentHash).toBe(issue.contentHash)
    expect(entriesOf(resaved)[0]!.frozen.versionId).toBe(entriesOf(issue)[0]!.frozen.versionId)
  })

  it('should refuse publishing an issue whose item was withdrawn since it was placed', async () => {
    const placed = await publishItem(payload)
    const draft = await createDraftIssue(payload, sectionsOf(['政府文件', [placed]]))
    await payload.update({
      collection: 'disclosure-items',
      id: placed.value,
      data: { disclosureMethod: 'on-request' },
      ...asSystem(),
    })
    await expect(publishIssue(payload, draft.id)).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'sections.0.entries.0.document' }] },
    })
  })
})
