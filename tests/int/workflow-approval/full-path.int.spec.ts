import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { getTestPayload, rest } from './config'
import { act, createOffice, draftItem, workflowOf } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

describe('the review chain', () => {
  it('should take an item from draft through every stage to published, each step by its role, numbering it at sign-off', async () => {
    const { cast } = office
    const item = await draftItem(office)
    const start = await workflowOf(cast.editor, item.id)
    expect(start.status).toBe(200)
    expect(start.json.stage.slug).toBe('draft')
    expect(start.json.workflow.stages.map((stage: { slug: string }) => stage.slug)).toEqual([
      'draft',
      'review',
      'secrecy',
      'signoff',
      'scheduled',
      'published',
      'withheld',
    ])
    expect(start.json.actions.map((action: { action: string }) => action.action)).toEqual(['submit'])

    const submitted = await act(cast.editor, item.id, { action: 'submit', comment: '请审核' })
    expect(submitted.status).toBe(200)
    expect(submitted.json.stage.slug).toBe('review')
    expect(submitted.json.actions).toEqual([])

    const reviewed = await act(cast.reviewer, item.id, { action: 'approve' })
    expect(reviewed.json.stage.slug).toBe('secrecy')

    const cleared = await act(cast['secrecy-reviewer'], item.id, {
      action: 'approve',
      secrecyDecision: 'public',
      secrecyLegalBasis: '不涉及国家秘密',
    })
    expect(cleared.status).toBe(200)
    expect(cleared.json.stage.slug).toBe('signoff')

    const beforeSignOff = await payload.findByID({ collection: 'disclosure-items', id: item.id, draft: true, depth: 0 })
    expect(beforeSignOff.indexNumber ?? null).toBeNull()
    expect(beforeSignOff.secrecyDecision).toBe('public')

    const signed = await act(cast.signer, item.id, { action: 'approve', disclosureMethod: 'proactive' })
    expect(signed.status).toBe(200)
    expect(signed.json.stage.slug).toBe('published')
    expect(signed.json.history.map((event: { action: string }) => event.action)).toEqual([
      'submit',
      'approve',
      'approve',
      'approve',
    ])
    expect(signed.json.history.map((event: { role: string }) => event.role)).toEqual([
      'editor',
      'reviewer',
      'secrecy-reviewer',
      'signer',
    ])
    expect(signed.json.history[0].comment).toBe('请审核')
    // The signer's own record carries their e-mail; the reviewer's shows the reviewer's name only.
    expect(signed.json.history[3].user).toEqual({
      id: cast.signer.id,
      name: cast.signer.email,
      email: cast.signer.email,
    })
    expect(signed.json.history[1].user).toEqual({ id: cast.reviewer.id, name: cast.reviewer.email })

    const published = await payload.findByID({ collection: 'disclosure-items', id: item.id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.workflowStage).toBe('published')
    expect(published.indexNumber).toMatch(new RegExp(`^${office.creditCode}/\\d{4}-\\d{5}$`))

    const anonymous = await rest('GET', `/disclosure-items/${item.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.title).toBe(item.title)
  })
})
