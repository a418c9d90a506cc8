import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, createUser } from '../../helpers/fixtures'
import { expectFieldError } from '../../helpers/validation'
import { getTestPayload, rest } from './config'
import { asSystem, createDraftIssue, issueNumbers, ISSUES, publishIssue, publishItem, sectionsOf } from './fixtures'

let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  editorToken = (await createUser(payload, { roles: ['bulletin-editor'] })).token
})

const postIssue = (body: Record<string, unknown>, token = editorToken) =>
  rest('POST', `/${ISSUES}?draft=true`, {
    token,
    body: { title: '扎兰资讯', publicationDate: '2026-03-05', _status: 'draft', ...body },
  })

describe('bulletin issue numbers', () => {
  it('should start a new issue with the seven columns in the national order', async () => {
    const response = await postIssue(issueNumbers())
    expect(response.status, response.text).toBe(201)
    expect(response.json.doc.sections.map((section: { heading: string }) => section.heading)).toEqual([
      '政府令/规章',
      '政府文件',
      '政府办公室文件',
      '部门文件',
      '人事任免',
      '政策解读',
      '大事记',
    ])
  })

  it('should refuse a second issue with the same year and issue number, naming the field', async () => {
    const numbers = issueNumbers()
    expect((await postIssue(numbers)).status).toBe(201)
    const duplicate = await postIssue({ ...numbers, cumulativeNumber: numbers.cumulativeNumber + 1 })
    expectFieldError(duplicate, 'issueNumber', '本年度已有', 'already exists')
    const otherYear = await postIssue({
      ...numbers,
      year: numbers.year + 1 > 2999 ? numbers.year - 1 : numbers.year + 1,
      cumulativeNumber: numbers.cumulativeNumber + 2,
    })
    expect(otherYear.status, otherYear.text).toBe(201)
  })

  it('should refuse a cumulative number another issue has, naming the field', async () => {
    const numbers = issueNumbers()
    expect((await postIssue(numbers)).status).toBe(201)
    const duplicate = await postIssue({ ...issueNumbers(), cumulativeNumber: numbers.cumulativeNumber })
    expectFieldError(duplicate, 'cumulativeNumber', '总第', 'already used')
  })

  it('should refuse an issue number below 1', async () => {
    expectFieldError(await postIssue({ ...issueNumbers(), issueNumber: 0 }), 'issueNumber')
  })
})

describe('placing documents', () => {
  it('should refuse a draft document, naming the entry', async () => {
    const placed = await publishItem(payload)
    await payload.update({
      collection: 'disclosure-items',
      id: placed.value,
      data: { _status: 'draft' },
      ...asSystem(),
    })
    const response = await postIssue({ ...issueNumbers(), sections: sectionsOf(['政府文件', [placed]]) })
    expectFieldError(response, 'sections.0.entries.0.document', '尚未发布', 'not published', placed.title)
  })

  it('should refuse a document disclosed on request (依申请公开), naming the entry', async () => {
    const good = await publishItem(payload)
    const onRequest = await publishItem(payload, { disclosureMethod: 'on-request' })
    const response = await postIssue({ ...issueNumbers(), sections: sectionsOf(['政府文件', [good, onRequest]]) })
    expectFieldError(response, 'sections.0.entries.1.document', '主动公开', 'proactive', onRequest.title)
  })

  it('should accept published, proactive items and policies', async () => {
    const item = await publishItem(payload)
    const policy = await payload.create({
      collection: 'policies',
      data: {
        title: '扎兰屯市政府规章',
        level: 'government-rule',
        issuer: (await payload.find({ collection: 'institutions', limit: 1, depth: 0 })).docs[0]!.id,
        dateWritten: '2026-02-01',
        datePublished: '2026-02-02',
        body: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'text', text: '第一条', version: 1 }], version: 1 }],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        },
        disclosureMethod: 'proactive' as const,
        _status: 'published' as const,
      },
      ...asSystem(),
    })
    const response = await postIssue({
      ...issueNumbers(),
      sections: [
        { heading: '政府令/规章', entries: [{ document: { relationTo: 'policies', value: policy.id } }] },
        ...sectionsOf(['政府文件', [item]]),
      ],
    })
    expect(response.status, response.text).toBe(201)
  })
})

describe('issue access', () => {
  it('should hide drafts from the public and show published issues', async () => {
    const issue = await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))
    expect((await rest('GET', `/${ISSUES}/${issue.id}`)).status).toBe(404)
    expect((await rest('GET', `/${ISSUES}/${issue.id}?draft=true`, { token: editorToken })).status).toBe(200)
    const editor = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    expect((await rest('GET', `/${ISSUES}/${issue.id}`, { token: editor.token })).status).toBe(404)
    await publishIssue(payload, issue.id)
    expect((await rest('GET', `/${ISSUES}/${issue.id}`)).status).toBe(200)
  })

  it('should let only bulletin staff create issues', async () => {
    const editor = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    expect((await postIssue(issueNumbers(), editor.token)).status).toBe(403)
    expect(
      (await rest('POST', `/${ISSUES}`, { body: { ...issueNumbers(), publicationDate: '2026-03-05' } })).status,
    ).toBe(403)
  })

  it('should serve the PDF and DOCX of a draft to bulletin staff only, and of a published issue to everyone', async () => {
    const issue = await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))
    for (const format of ['pdf', 'docx', 'print']) {
      expect((await rest('GET', `/${ISSUES}/${issue.id}/${format}`)).status, format).toBe(404)
      const editor = await createUser(payload, {
        roles: ['editor'],
        institutions: [(await createInstitution(payload)).id],
      })
      expect((await rest('GET', `/${ISSUES}/${issue.id}/${format}`, { token: editor.token })).status, format).toBe(404)
      const staff = await rest('GET', `/${ISSUES}/${issue.id}/${format}`, { token: editorToken })
      expect(staff.status, format).toBe(200)
      expect(staff.headers.get('cache-control')).toContain('no-store')
    }
    await publishIssue(payload, issue.id)
    const pdf = await rest('GET', `/${ISSUES}/${issue.id}/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await rest('GET', `/${ISSUES}/${issue.id}/docx`)).status).toBe(200)
  })

  it('should keep every published issue: deleting a frozen one is refused, a draft may go', async () => {
    const published = await publishIssue(
      payload,
      (await createDraftIssue(payload, sectionsOf(['政府文件', [await publishItem(payload)]]))).id,
    )
    expect((await rest('DELETE', `/${ISSUES}/${published.id}`, { token: editorToken })).status).toBe(403)
    expect((await payload.findByID({ collection: ISSUES, id: published.id, depth: 0 })).id).toBe(published.id)
    const draft = await createDraftIssue(payload, [])
    expect((await rest('DELETE', `/${ISSUES}/${draft.id}`, { token: editorToken })).status).toBe(200)
  })

  it('should answer 404 for an issue that does not exist', async () => {
    expect((await rest('GET', `/${ISSUES}/999999999/pdf`)).status).toBe(404)
    expect((await rest('GET', `/${ISSUES}/abc/pdf`)).status).toBe(404)
  })
})

describe('suggestions since the last issue', () => {
  it('should list published, proactive documents dated after the given day, to bulletin staff only', async () => {
    const recent = await publishItem(payload, { dateMade: '2998-06-02' })
    const older = await publishItem(payload, { dateMade: '2998-05-01' })
    const onRequest = await publishItem(payload, { dateMade: '2998-06-03', disclosureMethod: 'on-request' })
    const response = await rest('GET', `/${ISSUES}/suggestions?since=2998-06-01`, { token: editorToken })
    expect(response.status, response.text).toBe(200)
    const ids = response.json.documents.map((document: { id: number }) => document.id)
    expect(ids).toContain(recent.value)
    expect(ids).not.toContain(older.value)
    expect(ids).not.toContain(onRequest.value)
    expect((await rest('GET', `/${ISSUES}/suggestions`)).status).toBe(403)
    expect((await rest('GET', `/${ISSUES}/suggestions?since=yesterday`, { token: editorToken })).status).toBe(400)
  })
})
