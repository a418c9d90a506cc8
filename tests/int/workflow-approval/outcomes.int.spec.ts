import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { getTestPayload, graphql, rest } from './config'
import { act, approveAll, createOffice, draftItem, workflowOf } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

const latest = (id: number) => payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0 })
const publicRead = (id: number) => rest('GET', `/disclosure-items/${id}?depth=0`)

const toSecrecy = async (id: number) => {
  await act(office.cast.editor, id, { action: 'submit' })
  await act(office.cast.reviewer, id, { action: 'approve' })
}

describe('sending back', () => {
  it('should refuse sending back without a reason with a 400 naming comment, and leave the stage', async () => {
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    for (const comment of [undefined, '', '   ']) {
      const response = await act(office.cast.reviewer, item.id, {
        action: 'sendBack',
        ...(comment === undefined ? {} : { comment }),
      })
      expect(response.status).toBe(400)
      expect(response.json.errors[0].data.errors[0].path).toBe('comment')
      expect(response.json.errors[0].message).toContain('reason')
    }
    expect((await latest(item.id)).workflowStage).toBe('review')
  })

  it('should return the item to draft with the reason in its history, then let the editor fix and resubmit it', async () => {
    const item = await draftItem(office)
    await toSecrecy(item.id)
    const sentBack = await act(office.cast['secrecy-reviewer'], item.id, {
      action: 'sendBack',
      comment: '第三段涉及个人信息',
    })
    expect(sentBack.status).toBe(200)
    expect(sentBack.json.stage.slug).toBe('draft')
    expect(sentBack.json.history.at(-1)).toMatchObject({
      action: 'sendBack',
      fromStage: 'secrecy',
      toStage: 'draft',
      comment: '第三段涉及个人信息',
      role: 'secrecy-reviewer',
    })
    const fixed = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.editor.token,
      body: { summary: '已删除个人信息' },
    })
    expect(fixed.status).toBe(200)
    const resubmitted = await act(office.cast.editor, item.id, { action: 'submit' })
    expect(resubmitted.json.stage.slug).toBe('review')
  })
})

describe('editing under review', () => {
  it('should return an item under review to draft when its content is edited, and record it', async () => {
    const item = await draftItem(office)
    await toSecrecy(item.id)
    const edited = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.editor.token,
      body: { title: `${item.title}（修改）` },
    })
    expect(edited.status).toBe(200)
    const state = await workflowOf(office.cast.editor, item.id)
    expect(state.json.stage.slug).toBe('draft')
    expect(state.json.history.at(-1)).toMatchObject({ action: 'edit', fromStage: 'secrecy', toStage: 'draft' })
  })

  it('should keep the stage when the form is saved back unchanged', async () => {
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    const current = await latest(item.id)
    const saved = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.reviewer.token,
      body: { title: current.title, summary: current.summary },
    })
    expect(saved.status).toBe(200)
    expect((await latest(item.id)).workflowStage).toBe('review')
  })

  it('should send a change to a published item through review, the published text staying public meanwhile', async () => {
    const item = await draftItem(office)
    await approveAll(office, item.id)
    const changed = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.editor.token,
      body: { title: `${item.title}（修订）` },
    })
    expect(changed.status).toBe(200)
    expect((await latest(item.id)).workflowStage).toBe('draft')
    expect((await publicRead(item.id)).json.title).toBe(item.title)
    await approveAll(office, item.id)
    expect((await publicRead(item.id)).json.title).toBe(`${item.title}（修订）`)
  })
})

describe('the secrecy review and the sign-off', () => {
  it('should require the secrecy decision and its legal basis, and only the allowed values', async () => {
    const item = await draftItem(office)
    await toSecrecy(item.id)
    const reviewer = office.cast['secrecy-reviewer']
    expect(
      (await act(reviewer, item.id, { action: 'approve', secrecyLegalBasis: '依据' })).json.errors[0].data.errors[0]
        .path,
    ).toBe('secrecyDecision')
    expect(
      (await act(reviewer, item.id, { action: 'approve', secrecyDecision: 'public' })).json.errors[0].data.errors[0]
        .path,
    ).toBe('secrecyLegalBasis')
    const wrong = await act(reviewer, item.id, {
      action: 'approve',
      secrecyDecision: 'secret',
      secrecyLegalBasis: '依据',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.json.errors[0].data.errors[0].path).toBe('secrecyDecision')
    const referred = await act(reviewer, item.id, {
      action: 'refer',
      comment: '报保密委员会',
      secrecyDecision: 'referral',
      secrecyLegalBasis: '涉及多个部门',
    })
    expect(referred.status).toBe(200)
    expect(referred.json.stage.slug).toBe('secrecy')
    expect((await latest(item.id)).secrecyDecision).toBe('referral')
  })

  it('should never publish an item found exempt (免于公开): sign-off may only withhold it', async () => {
    const item = await draftItem(office)
    await toSecrecy(item.id)
    await act(office.cast['secrecy-reviewer'], item.id, {
      action: 'approve',
      secrecyDecision: 'exempt',
      secrecyLegalBasis: '《条例》第十四条',
    })
    const approved = await act(office.cast.signer, item.id, { action: 'approve', disclosureMethod: 'proactive' })
    expect(approved.status).toBe(400)
    expect(approved.json.errors[0].message).toContain('exempt')
    const withheld = await act(office.cast.signer, item.id, {
      action: 'withhold',
      comment: '免于公开',
      nondisclosureReason: '《条例》第十四条：国家秘密',
    })
    expect(withheld.status).toBe(200)
    expect(withheld.json.stage.slug).toBe('withheld')
    const stored = await latest(item.id)
    expect(stored._status).toBe('draft')
    expect(stored.indexNumber ?? null).toBeNull()
    expect((await publicRead(item.id)).status).toBe(404)
    const listed = await rest('GET', `/disclosure-items?where[id][equals]=${item.id}`)
    expect(listed.json.docs).toHaveLength(0)
  })

  it('should not let sign-off choose 不予公开 as a way to publish', async () => {
    const item = await draftItem(office)
    await toSecrecy(item.id)
    await act(office.cast['secrecy-reviewer'], item.id, {
      action: 'approve',
      secrecyDecision: 'public',
      secrecyLegalBasis: '不涉密',
    })
    const response = await act(office.cast.signer, item.id, { action: 'approve', disclosureMethod: 'not-disclosed' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('disclosureMethod')
  })

  it('should publish an on-request item (依申请公开) without showing it to the public', async () => {
    const item = await draftItem(office)
    await approveAll(office, item.id, { disclosureMethod: 'on-request' })
    const stored = await payload.findByID({ collection: 'disclosure-items', id: item.id, depth: 0 })
    expect(stored._status).toBe('published')
    expect(stored.disclosureMethod).toBe('on-request')
    expect((await publicRead(item.id)).status).toBe(404)
  })

  it('should leave no number and no stage change when the final approval fails validation', async () => {
    const item = await draftItem(office, { body: null, dateMade: null })
    await toSecrecy(item.id)
    await act(office.cast['secrecy-reviewer'], item.id, {
      action: 'approve',
      secrecyDecision: 'public',
      secrecyLegalBasis: '不涉密',
    })
    const eventsBefore = (
      await payload.count({ collection: 'workflow-events', where: { documentId: { equals: String(item.id) } } })
    ).totalDocs
    const response = await act(office.cast.signer, item.id, { action: 'approve', disclosureMethod: 'proactive' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['body', 'dateMade']),
    )
    const stored = await latest(item.id)
    expect(stored.workflowStage).toBe('signoff')
    expect(stored._status).toBe('draft')
    expect(stored.indexNumber ?? null).toBeNull()
    expect(
      (await payload.count({ collection: 'workflow-events', where: { documentId: { equals: String(item.id) } } }))
        .totalDocs,
    ).toBe(eventsBefore)
  })
})

describe('withdrawal', () => {
  it('should take a published item off the public record only through the withdraw action, with a reason, keeping its number', async () => {
    const item = await draftItem(office)
    await approveAll(office, item.id)
    const number = (await latest(item.id)).indexNumber
    expect((await act(office.cast.signer, item.id, { action: 'withdraw' })).status).toBe(400)
    expect((await act(office.cast.editor, item.id, { action: 'withdraw', comment: '内容有误' })).status).toBe(403)
    const withdrawn = await act(office.cast.signer, item.id, { action: 'withdraw', comment: '内容有误' })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.json.stage.slug).toBe('draft')
    expect((await publicRead(item.id)).status).toBe(404)
    expect((await latest(item.id)).indexNumber).toBe(number)
  })
})

describe('other workflows', () => {
  it('should run officials through the short workflow (no secrecy review)', async () => {
    const created = await rest('POST', '/officials?draft=true', {
      token: office.cast.editor.token,
      body: { name: '张三', institution: office.institutionId, post: '局长', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const state = await workflowOf(office.cast.editor, id, 'officials')
    expect(state.json.workflow.slug).toBe('short')
    expect(state.json.workflow.stages.map((stage: { slug: string }) => stage.slug)).not.toContain('secrecy')
    await act(office.cast.editor, id, { action: 'submit' }, 'officials')
    expect((await act(office.cast.reviewer, id, { action: 'approve' }, 'officials')).json.stage.slug).toBe('signoff')
    const signed = await act(office.cast.signer, id, { action: 'approve' }, 'officials')
    expect(signed.status).toBe(200)
    expect(signed.json.stage.slug).toBe('published')
    expect((await rest('GET', `/officials/${id}`)).status).toBe(200)
  })

  it('should add the legality review to policies', async () => {
    const created = await rest('POST', '/policies?draft=true', {
      token: office.cast.editor.token,
      body: {
        title: '规范性文件',
        issuer: office.institutionId,
        level: 'normative-document',
        dateWritten: '2026-01-05',
        disclosureMethod: 'proactive',
        _status: 'draft',
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    await act(office.cast.editor, id, { action: 'submit' }, 'policies')
    const reviewed = await act(office.cast.reviewer, id, { action: 'approve' }, 'policies')
    expect(reviewed.json.stage.slug).toBe('legality')
    expect((await act(office.cast.signer, id, { action: 'approve' }, 'policies')).status).toBe(403)
    expect((await act(office.cast['disclosure-office'], id, { action: 'approve' }, 'policies')).json.stage.slug).toBe(
      'secrecy',
    )
  })

  it('should refuse edits to a policy under review but by the current stage’s reviewers, as its workflow says', async () => {
    const created = await rest('POST', '/policies?draft=true', {
      token: office.cast.editor.token,
      body: {
        title: '待审规范性文件',
        issuer: office.institutionId,
        level: 'normative-document',
        dateWritten: '2026-01-05',
        disclosureMethod: 'proactive',
        _status: 'draft',
      },
    })
    const id = created.json.doc.id
    await act(office.cast.editor, id, { action: 'submit' }, 'policies')
    const byEditor = await rest('PATCH', `/policies/${id}?draft=true`, {
      token: office.cast.editor.token,
      body: { title: '编辑擅改' },
    })
    expect(byEditor.status).toBe(403)
    const byReviewer = await rest('PATCH', `/policies/${id}?draft=true`, {
      token: office.cast.reviewer.token,
      body: { title: '审核人修改' },
    })
    expect(byReviewer.status).toBe(200)
    const stored = await payload.findByID({ collection: 'policies', id, draft: true, depth: 0 })
    expect(stored.title).toBe('审核人修改')
    expect(stored.workflowStage).toBe('review')
  })
})

describe('through GraphQL', () => {
  it('should answer the workflow query and take actions by mutation, with the REST errors', async () => {
    const item = await draftItem(office)
    const query = await graphql(
      `
        query ($id: String!) {
          workflow(collection: "disclosure-items", id: $id) {
            stage
            actions
            history
            dueDate
            isOverdue
          }
        }
      `,
      {
        token: office.cast.editor.token,
        variables: { id: String(item.id) },
      },
    )
    expect(query.json.errors).toBeUndefined()
    expect(query.json.data.workflow.stage.slug).toBe('draft')
    expect(query.json.data.workflow.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const mutation = `mutation ($id: String!, $action: String!, $comment: String) { workflowAction(collection: "disclosure-items", id: $id, action: $action, comment: $comment) { stage history } }`
    const submitted = await graphql(mutation, {
      token: office.cast.editor.token,
      variables: { id: String(item.id), action: 'submit' },
    })
    expect(submitted.json.errors).toBeUndefined()
    expect(submitted.json.data.workflowAction.stage.slug).toBe('review')
    const noReason = await graphql(mutation, {
      token: office.cast.reviewer.token,
      variables: { id: String(item.id), action: 'sendBack' },
    })
    expect(noReason.json.errors?.[0]?.extensions?.statusCode).toBe(400)
    const notYours = await graphql(mutation, {
      token: office.cast.editor.token,
      variables: { id: String(item.id), action: 'approve' },
    })
    expect(notYours.json.errors?.[0]?.extensions?.statusCode).toBe(403)
  })
})

describe('the deadline', () => {
  it('should count 20 working days from the date made, skipping the calendar’s holidays, and mark an unpublished item overdue', async () => {
    await payload.updateGlobal({
      slug: 'workflow-calendar',
      data: {
        holidays: [{ date: '2026-01-06', name: '测试假日' }],
        adjustedWorkdays: [{ date: '2026-01-10', name: '调休' }],
      },
    })
    const item = await draftItem(office, { dateMade: '2026-01-05' })
    const state = await workflowOf(office.cast.editor, item.id)
    // 20 working days after Monday 5 Jan 2026: Tue 6 is a holiday, Sat 10 a working day.
    expect(state.json.dueDate).toBe('2026-02-02')
    expect(state.json.isOverdue).toBe(new Date() > new Date('2026-02-02T16:00:00Z'))
  })
})
