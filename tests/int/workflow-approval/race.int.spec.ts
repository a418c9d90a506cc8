import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { createUser } from '../../helpers/fixtures'
import { getTestPayload } from './config'
import { act, createOffice, draftItem } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

describe('two reviewers acting at once', () => {
  it('should let one succeed and answer the other 409, recording one event', async () => {
    const second = await createUser(payload, { roles: ['reviewer'], institutions: [office.institutionId] })
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })

    const responses = await Promise.all([
      act(office.cast.reviewer, item.id, { action: 'approve' }),
      act(second, item.id, { action: 'sendBack', comment: '材料不全' }),
    ])
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
    const winner = responses.find((response) => response.status === 200)!
    const loser = responses.find((response) => response.status === 409)!
    expect(loser.json.errors[0].message).toContain('moved on')

    const events = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: String(item.id) } },
      depth: 0,
    })
    expect(events.docs.map((event) => event.action).sort()).toEqual(
      ['submit', winner.json.history.at(-1).action].sort(),
    )
    const stored = await payload.findByID({ collection: 'disclosure-items', id: item.id, draft: true, depth: 0 })
    expect(stored.workflowStage).toBe(winner.json.stage.slug)
  })

  it('should answer 409 to an action sent for a stage the document has left', async () => {
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    const stale = await act(office.cast.editor, item.id, { action: 'submit', expectedStage: 'draft' })
    expect(stale.status).toBe(409)
  })
})
