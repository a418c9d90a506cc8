import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../../src/lib/platform/roles'
import type { Office } from './setup'

import { EVENTS_APPEND_ONLY } from '../../../plugins/workflow-approval/messages'
import { unique } from '../../helpers/fixtures'
import { getTestPayload, graphql, rest } from './config'
import { act, createOffice, draftItem } from './setup'

/** The audit log is append-only: no role changes or removes a record through any door. */

let payload: Payload
let office: Office
let stranger: Office
let eventId: number | string
let itemId: number
const editorName = unique('张编辑')

beforeAll(async () => {
  payload = await getTestPayload()
  ;[office, stranger] = await Promise.all([createOffice(payload), createOffice(payload)])
  await payload.update({ collection: 'users', id: office.cast.editor.id, data: { name: editorName } })
  const item = await draftItem(office)
  itemId = item.id
  const submitted = await act(office.cast.editor, item.id, { action: 'submit', comment: '原始意见' })
  eventId = submitted.json.history[0].id
})

const roles: Role[] = [
  'admin',
  'disclosure-office',
  'signer',
  'secrecy-reviewer',
  'reviewer',
  'editor',
  'bulletin-editor',
]

const thrownStatus = async (promise: Promise<unknown>) => {
  try {
    await promise
    return 200
  } catch (err) {
    return (err as { status?: number }).status
  }
}

const unchanged = async () => {
  const event = await payload.findByID({ collection: 'workflow-events', id: eventId, depth: 0 })
  expect(event.comment).toBe('原始意见')
  expect(event.action).toBe('submit')
}

describe('the audit log', () => {
  it('should record who acted, in which role, from and to which stage, with the comment and the version', async () => {
    const event = await payload.findByID({ collection: 'workflow-events', id: eventId, depth: 0 })
    expect(event).toMatchObject({
      documentCollection: 'disclosure-items',
      documentId: String(itemId),
      action: 'submit',
      fromStage: 'draft',
      toStage: 'review',
      role: 'editor',
      userName: editorName,
      userEmail: office.cast.editor.email,
      comment: '原始意见',
    })
    expect(event.user).toBe(office.cast.editor.id)
    const { docs } = await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: itemId } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    expect(event.version).toBe(String(docs[0]!.id))
  })

  for (const role of roles) {
    it(`should refuse ${role} creating, changing or deleting records through REST and GraphQL`, async () => {
      const { token } = office.cast[role]
      const created = await rest('POST', '/workflow-events', {
        token,
        body: { documentCollection: 'disclosure-items', documentId: String(itemId), action: 'approve' },
      })
      expect(created.status).toBe(403)
      expect((await rest('PATCH', `/workflow-events/${eventId}`, { token, body: { comment: '篡改' } })).status).toBe(
        403,
      )
      expect(
        (await rest('PATCH', `/workflow-events?where[id][equals]=${eventId}`, { token, body: { comment: '篡改' } }))
          .status,
      ).not.toBe(200)
      expect((await rest('DELETE', `/workflow-events/${eventId}`, { token })).status).toBe(403)
      expect((await rest('DELETE', `/workflow-events?where[id][equals]=${eventId}`, { token })).status).not.toBe(200)
      const mutation = await graphql(
        `mutation { updateWorkflowEvent(id: ${eventId}, data: { comment: "篡改" }) { id } }`,
        { token },
      )
      expect(mutation.json.errors?.[0]).toBeDefined()
      const deletion = await graphql(`mutation { deleteWorkflowEvent(id: ${eventId}) { id } }`, { token })
      expect(deletion.json.errors?.[0]).toBeDefined()
      await unchanged()
    })
  }

  it('should refuse the Local API, with a user and even with overrideAccess, creating, changing or deleting records', async () => {
    const admin = {
      ...(await payload.findByID({ collection: 'users', id: office.cast.admin.id, depth: 0 })),
      collection: 'users' as const,
    }
    const data = { documentCollection: 'disclosure-items', documentId: String(itemId), action: 'approve' }
    expect(
      await thrownStatus(payload.create({ collection: 'workflow-events', data, user: admin, overrideAccess: false })),
    ).toBe(403)
    expect(await thrownStatus(payload.create({ collection: 'workflow-events', data }))).toBe(403)
    expect(
      await thrownStatus(
        payload.update({
          collection: 'workflow-events',
          id: eventId,
          data: { comment: '篡改' },
          user: admin,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect(
      await thrownStatus(payload.update({ collection: 'workflow-events', id: eventId, data: { comment: '篡改' } })),
    ).toBe(403)
    expect(await thrownStatus(payload.delete({ collection: 'workflow-events', id: eventId }))).toBe(403)
    const bulk = await payload.delete({ collection: 'workflow-events', where: { id: { equals: eventId } } })
    expect(bulk.docs).toHaveLength(0)
    expect(bulk.errors[0]?.message).toBe(EVENTS_APPEND_ONLY)
    await unchanged()
  })

  it('should show the history to the institution’s staff and the office, and to no one else', async () => {
    const where = `where[documentId][equals]=${itemId}`
    const seen = async (token?: string) =>
      (await rest('GET', `/workflow-events?${where}`, { token })).json?.docs?.length ?? 0
    expect(await seen(office.cast.reviewer.token)).toBe(1)
    expect(await seen(stranger.cast['disclosure-office'].token)).toBe(1)
    expect(await seen(stranger.cast.reviewer.token)).toBe(0)
    expect(await seen(office.cast['bulletin-editor'].token)).toBe(0)
    expect(await seen()).toBe(0)
  })

  it('should name the actor to every reader of the log, and show the actor’s e-mail only to admins and the actor', async () => {
    const read = async (token: string) => (await rest('GET', `/workflow-events/${eventId}`, { token })).json
    for (const role of ['disclosure-office', 'reviewer', 'signer'] as const) {
      const event = await read(office.cast[role].token)
      expect(event.userName).toBe(editorName)
      expect(event.userEmail ?? undefined).toBeUndefined()
    }
    expect((await read(office.cast.editor.token)).userEmail).toBe(office.cast.editor.email)
    expect((await read(office.cast.admin.token)).userEmail).toBe(office.cast.editor.email)
    const state = await rest('GET', `/disclosure-items/${itemId}/workflow`, { token: office.cast.reviewer.token })
    expect(state.json.history[0].user).toEqual({ id: office.cast.editor.id, name: editorName })
  })

  it('should reveal nothing of the actor’s e-mail to a reader who may not see it when probing with where', async () => {
    const probe = async (email: string) => {
      const response = await rest(
        'GET',
        `/workflow-events?where[id][equals]=${eventId}&where[userEmail][equals]=${encodeURIComponent(email)}`,
        { token: office.cast.reviewer.token },
      )
      return { status: response.status, count: response.json?.docs?.length ?? 0 }
    }
    expect(await probe(office.cast.editor.email)).toEqual(await probe('nobody@example.invalid'))
  })
})
