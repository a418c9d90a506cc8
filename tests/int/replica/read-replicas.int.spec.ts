import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as HttpHelpers from '../../helpers/http'
import type * as WorkflowSetup from '../workflow-approval/setup'
import type { StreamingStandby } from './streamingStandby'

import { TEST_PASSWORD, unique } from '../../helpers/fixtures'
import { startStreamingStandby } from './streamingStandby'

/**
 * `DATABASE_READ_REPLICAS` against a real streaming standby of the run's primary. Replay on the standby is
 * paused to make replication lag visible on demand: anonymous API reads then show the standby's past,
 * while whoever is signed in reads the primary, and every write still lands on the primary.
 */

type Rest = typeof HttpHelpers.rest
type Graphql = typeof HttpHelpers.graphql
type Setup = typeof WorkflowSetup

let standby: StreamingStandby
let payload: Payload
let rest: Rest
let graphqlList: Graphql
let setup: Setup
let office: Awaited<ReturnType<Setup['createOffice']>>
let closePayload: (payload: Payload) => Promise<void>

const primaryUrl = process.env.DATABASE_URL ?? ''

beforeAll(async () => {
  standby = await startStreamingStandby({ primaryUrl })
  // payload.config.ts reads the replicas when it is loaded: everything that imports it comes after this.
  process.env.DATABASE_READ_REPLICAS = standby.urlFor(new URL(primaryUrl).pathname.slice(1))
  payload = await (await import('../../helpers/payload')).getTestPayload()
  ;({ rest, graphql: graphqlList } = await import('../../helpers/http'))
  setup = await import('../workflow-approval/setup')
  closePayload = (await import('../../../src/lib/database/closePayload')).closePayload
  // This process plays an instance that serves readers without having written itself: Payload's own
  // per-process window would otherwise send every read here to the primary for 2 s after any write.
  payload.db.readReplicasAfterWriteInterval = 0
  office = await setup.createOffice(payload)
})

afterAll(async () => {
  // Pools first (closePayload ends the replica pools too): a standby stopping under open
  // connections would make them error out.
  try {
    if (payload) await closePayload(payload)
  } finally {
    await standby?.stop()
  }
})

/** A draft of the office's editor, reviewed up to the signer's final approval. */
const itemAwaitingSignature = async () => {
  const item = await setup.draftItem(office)
  const { cast } = office
  const steps: Array<[typeof cast.editor, Record<string, unknown>]> = [
    [cast.editor, { action: 'submit' }],
    [cast.reviewer, { action: 'approve' }],
    [
      cast['secrecy-reviewer'],
      { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '《保守国家秘密法》第九条：不涉密' },
    ],
  ]
  for (const [user, body] of steps) {
    const response = await setup.act(user, item.id, body)
    if (response.status !== 200) throw new Error(`${String(body.action)}: ${response.status} ${response.text}`)
  }
  return item
}

// Each anonymous read asks its own question: an anonymous API cache must not answer for the database here.
const anonymousList = (id: number, operator: 'equals' | 'in' = 'equals') =>
  rest('GET', `/disclosure-items?depth=0&where[id][${operator}]=${id}`)
const idsOf = (response: Awaited<ReturnType<Rest>>) =>
  (response.json.docs as Array<{ id: number }>).map((doc) => doc.id)

describe('read replicas', () => {
  it('should serve anonymous API reads from the standby and signed-in reads from the primary', async () => {
    const item = await itemAwaitingSignature()
    await standby.pauseReplay()
    try {
      // The final approval: the workflow's transaction, the numbering's row lock and the publish all run
      // on the primary (the standby is read-only and, paused, does not even see them).
      const approval = await setup.act(office.cast.signer, item.id, {
        action: 'approve',
        disclosureMethod: 'proactive',
      })
      expect(approval.status).toBe(200)

      expect(idsOf(await anonymousList(item.id))).toEqual([])
      const graphql = await graphqlList(`{ DisclosureItems(where: { id: { equals: ${item.id} } }) { docs { id } } }`)
      expect(graphql.json.data?.DisclosureItems.docs).toEqual([])

      const signer = await rest('GET', `/disclosure-items/${item.id}?depth=0`, { token: office.cast.signer.token })
      expect(signer.json).toMatchObject({ _status: 'published', indexNumber: expect.any(String) })
      const editor = await rest('GET', `/disclosure-items?depth=0&where[id][equals]=${item.id}`, {
        token: office.cast.editor.token,
      })
      expect(editor.json.docs.map((doc: { _status: string }) => doc._status)).toEqual(['published'])
    } finally {
      await standby.resumeReplay()
    }
    await standby.waitForReplay()

    expect(idsOf(await anonymousList(item.id, 'in'))).toEqual([item.id])
  })

  it('should let an editor read their own edit at once while the standby lags', async () => {
    const item = await setup.draftItem(office)
    await standby.pauseReplay()
    try {
      const title = `${item.title}（修订）`
      const edit = await rest('PATCH', `/disclosure-items/${item.id}?draft=true&depth=0`, {
        token: office.cast.editor.token,
        body: { title },
      })
      expect(edit.status).toBe(200)
      const byId = await rest('GET', `/disclosure-items/${item.id}?draft=true&depth=0`, {
        token: office.cast.editor.token,
      })
      expect(byId.json.title).toBe(title)
      const list = await rest('GET', `/disclosure-items?draft=true&depth=0&where[id][equals]=${item.id}`, {
        token: office.cast.editor.token,
      })
      expect(list.json.docs.map((doc: { title: string }) => doc.title)).toEqual([title])
    } finally {
      await standby.resumeReplay()
    }
  })

  it('should sign in, and then serve, an account created while the standby lags', async () => {
    await standby.pauseReplay()
    try {
      const email = `${unique('replica')}@test.local`
      const created = await rest('POST', '/users', {
        token: office.cast.admin.token,
        body: { email, password: TEST_PASSWORD, name: email, roles: ['editor'], institutions: [office.institutionId] },
      })
      expect(created.status).toBe(201)
      const login = await rest('POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
      expect(login.status).toBe(200)
      const me = await rest('GET', '/users/me', { token: login.json.token })
      expect(me.json.user?.email).toBe(email)
    } finally {
      await standby.resumeReplay()
    }
  })

  it('should answer a commit only once the standby has applied it, so caches invalidated after it refill with it', async () => {
    const item = await itemAwaitingSignature()
    await standby.pauseReplay()
    let isAnswered = false
    const approval = setup
      .act(office.cast.signer, item.id, { action: 'approve', disclosureMethod: 'proactive' })
      .finally(() => {
        isAnswered = true
      })
    try {
      // Committed on the primary (the signer reads it there) while its request still waits for the standby.
      await expect
        .poll(
          async () =>
            (await rest('GET', `/disclosure-items/${item.id}?depth=0`, { token: office.cast.signer.token })).json
              ?._status,
          { interval: 20, timeout: 30_000 },
        )
        .toBe('published')
      expect(isAnswered).toBe(false)
    } finally {
      await standby.resumeReplay()
      await approval.catch(() => undefined)
    }
    expect((await approval).status).toBe(200)
    // Read at once: the approval was answered after the standby had applied it.
    expect(idsOf(await anonymousList(item.id))).toEqual([item.id])
  })
})
