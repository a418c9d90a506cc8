import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../../src/lib/platform/roles'
import type { SignedInUser } from '../../helpers/fixtures'
import type { Office } from './setup'

import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'
import { getTestPayload, rest } from './config'
import { act, createOffice, draftItem, workflowOf } from './setup'

/**
 * No stranded documents: a document never enters a stage nobody of its institution may act in, and
 * one stranded afterwards (its people removed or their roles changed) is taken over by the disclosure
 * office or an admin, with a reason, in the audit log.
 */

let payload: Payload
let office: Office
let thin: { institutionId: number; name: string; editor: SignedInUser; reviewer: SignedInUser }

const toSignoff = async (target: Office) => {
  const item = await draftItem(target)
  for (const [role, body] of [
    ['editor', { action: 'submit' }],
    ['reviewer', { action: 'approve' }],
    [
      'secrecy-reviewer',
      { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '《保守国家秘密法》第九条：不涉密' },
    ],
  ] as Array<[Role, Record<string, unknown>]>) {
    const response = await act(target.cast[role], item.id, body)
    if (response.status !== 200) throw new Error(`${String(body.action)}: ${response.status} ${response.text}`)
  }
  return item.id
}

/** A fresh office whose only signer then loses the role: its documents in sign-off are stranded. */
const officeWithoutSigner = async () => {
  const target = await createOffice(payload)
  const id = await toSignoff(target)
  await payload.update({ collection: 'users', id: target.cast.signer.id, data: { roles: ['editor'] } })
  return { target, id }
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  // An institution with an editor and a reviewer only: no secrecy reviewer, no signer.
  const name = unique('缺员局')
  const institution = await createInstitution(payload, { name })
  thin = {
    institutionId: institution.id,
    name,
    editor: await createUser(payload, { roles: ['editor'], institutions: [institution.id] }),
    reviewer: await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] }),
  }
})

const thinDraft = async () => {
  const themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
  const response = await rest('POST', '/disclosure-items?draft=true', {
    token: thin.editor.token,
    body: {
      title: unique('缺员局信息'),
      institution: thin.institutionId,
      dateMade: '2026-01-05',
      theme: themeId,
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      _status: 'draft',
    },
  })
  expect(response.status, response.text).toBe(201)
  return response.json.doc.id as number
}

describe('a stage nobody can act in', () => {
  it('should refuse moving a document into it, naming the missing role and the institution', async () => {
    const id = await thinDraft()
    expect((await act(thin.editor, id, { action: 'submit' })).status).toBe(200)
    const refused = await act(thin.reviewer, id, { action: 'approve' })
    expect(refused.status).toBe(409)
    const message = String(refused.json.errors[0].message)
    expect(message).toContain('保密审查员')
    expect(message).toContain(thin.name)
    expect(message).toContain('has no Secrecy reviewer')
    const doc = await payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0 })
    expect(doc.workflowStage).toBe('review')
    const { totalDocs } = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: String(id) }, toStage: { equals: 'secrecy' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should let the document in once the institution has someone with the role', async () => {
    const id = await thinDraft()
    expect((await act(thin.editor, id, { action: 'submit' })).status).toBe(200)
    const colleague = await createUser(payload, { roles: ['secrecy-reviewer'], institutions: [thin.institutionId] })
    try {
      expect((await act(thin.reviewer, id, { action: 'approve' })).status).toBe(200)
    } finally {
      await payload.delete({ collection: 'users', id: colleague.id })
    }
  })

  it('should not count a person with the role in another institution', async () => {
    const id = await thinDraft()
    expect((await act(thin.editor, id, { action: 'submit' })).status).toBe(200)
    // The other office has a secrecy reviewer; this institution still has none.
    expect(office.cast['secrecy-reviewer']).toBeDefined()
    expect((await act(thin.reviewer, id, { action: 'approve' })).status).toBe(409)
  })
})

describe('a document stranded afterwards', () => {
  it('should tell the office it is stranded, and offer it the stage’s actions with a required reason', async () => {
    const { target, id } = await officeWithoutSigner()
    const state = await workflowOf(target.cast['disclosure-office'], id)
    expect(state.status).toBe(200)
    expect(state.json.waitingFor).toMatchObject({ isStranded: true, roles: { zh: '签发人' }, names: [] })
    expect(state.json.isTakeover).toBe(true)
    expect(state.json.actions.map((action: { action: string }) => action.action)).toEqual([
      'approve',
      'withhold',
      'sendBack',
    ])
    expect(state.json.actions.every((action: { requiresComment: boolean }) => action.requiresComment)).toBe(true)
  })

  it('should refuse taking over without a reason', async () => {
    const { target, id } = await officeWithoutSigner()
    const refused = await act(target.cast['disclosure-office'], id, {
      action: 'approve',
      disclosureMethod: 'proactive',
    })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].data.errors[0].path).toBe('comment')
  })

  for (const who of ['disclosure-office', 'admin'] as const) {
    it(`should let ${who} sign off in the signer's place and record it with the reason`, async () => {
      const { target, id } = await officeWithoutSigner()
      const reason = '签发人已调离，经分管领导同意由公开办代为签发'
      const done = await act(target.cast[who], id, {
        action: 'approve',
        disclosureMethod: 'proactive',
        comment: reason,
      })
      expect(done.status, done.text).toBe(200)
      expect(done.json.stage.slug).toBe('published')
      const { docs } = await payload.find({
        collection: 'workflow-events',
        where: { documentId: { equals: String(id) }, action: { equals: 'approve' }, fromStage: { equals: 'signoff' } },
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({
        role: who,
        onBehalfOf: 'signer',
        comment: reason,
        user: target.cast[who].id,
        toStage: 'published',
      })
      expect(done.json.history.at(-1)).toMatchObject({ onBehalfOf: 'signer', comment: reason })
    })
  }

  it('should let the office send it back to the editor instead', async () => {
    const { target, id } = await officeWithoutSigner()
    const done = await act(target.cast['disclosure-office'], id, {
      action: 'sendBack',
      comment: '本单位暂无签发人，退回待定',
    })
    expect(done.status, done.text).toBe(200)
    expect(done.json.stage.slug).toBe('draft')
  })

  for (const role of ['editor', 'reviewer', 'secrecy-reviewer', 'bulletin-editor'] as const) {
    it(`should refuse ${role} acting in the missing signer's place`, async () => {
      const { target, id } = await officeWithoutSigner()
      const refused = await act(target.cast[role], id, {
        action: 'approve',
        disclosureMethod: 'proactive',
        comment: '代为签发',
      })
      // The bulletin editor may not even read another institution's draft: 404 rather than 403.
      expect(refused.status).toBe(role === 'bulletin-editor' ? 404 : 403)
      expect((await workflowOf(target.cast[role], id)).json.actions ?? []).toEqual([])
    })
  }

  it('should refuse the office acting in place where the stage has its people', async () => {
    const id = await toSignoff(office)
    const state = await workflowOf(office.cast['disclosure-office'], id)
    expect(state.json.waitingFor).toMatchObject({ isStranded: false })
    expect(state.json.isTakeover).toBe(false)
    expect(state.json.actions).toEqual([])
    const refused = await act(office.cast['disclosure-office'], id, {
      action: 'approve',
      disclosureMethod: 'proactive',
      comment: '代为签发',
    })
    expect(refused.status).toBe(403)
  })

  it('should name who can act in the stage a document waits in', async () => {
    const id = await toSignoff(office)
    await payload.update({ collection: 'users', id: office.cast.signer.id, data: { name: '刘签发' } })
    const state = await workflowOf(office.cast['secrecy-reviewer'], id)
    expect(state.json.waitingFor).toEqual({
      roles: { zh: '签发人', en: 'Signer' },
      names: ['刘签发'],
      isStranded: false,
    })
  })
})

describe('the history of a bulletin issue', () => {
  it('should be shown to the bulletin editor and the signer who act on it', async () => {
    const { createDraftIssue, publishItem, sectionsOf } = await import('../bulletin/fixtures')
    const entry = await publishItem(payload)
    const issue = await createDraftIssue(payload, sectionsOf(['政府文件', [entry]]))
    const editor = office.cast['bulletin-editor']
    const submitted = await act(editor, issue.id, { action: 'submit', comment: '本期已编排' }, 'bulletin-issues')
    expect(submitted.status, submitted.text).toBe(200)
    for (const who of [editor, office.cast.signer]) {
      const state = await workflowOf(who, issue.id, 'bulletin-issues')
      expect(state.status).toBe(200)
      expect(
        state.json.history.map((event: { action: string; comment: string }) => [event.action, event.comment]),
      ).toEqual([['submit', '本期已编排']])
    }
    // The audit log itself (the admin's 审核记录 list) shows them the same; not to another institution's reviewer.
    const where = `where[documentCollection][equals]=bulletin-issues&where[documentId][equals]=${issue.id}`
    for (const who of [editor, office.cast.signer])
      expect((await rest('GET', `/workflow-events?${where}`, { token: who.token })).json.totalDocs).toBe(1)
    expect((await rest('GET', `/workflow-events?${where}`, { token: office.cast.reviewer.token })).json.totalDocs).toBe(
      0,
    )
    // The e-mail stays with the actor and admins, as in the log itself.
    expect(
      (await workflowOf(office.cast.signer, issue.id, 'bulletin-issues')).json.history[0].user.email,
    ).toBeUndefined()
    expect((await workflowOf(editor, issue.id, 'bulletin-issues')).json.history[0].user.email).toBe(editor.email)
  })
})
