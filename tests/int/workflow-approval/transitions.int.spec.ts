import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../../src/lib/platform/roles'
import type { SignedInUser } from '../../helpers/fixtures'
import type { Office } from './setup'

import { defaultWorkflow } from '../../../plugins/workflow-approval'
import { roles } from '../../../src/lib/platform/roles'
import { getTestPayload, rest } from './config'
import { act, createOffice } from './setup'
import { itemsInEveryStage } from './stages'

/**
 * Every action of the default workflow tried by every role in every stage, where the workflow does not
 * allow it: refused (400 for an action the stage does not have, 403 for one the role may not take),
 * and the document stays where it was. Also staff of another institution, and anonymous callers.
 */

let payload: Payload
let office: Office
let stranger: Office
let items: Awaited<ReturnType<typeof itemsInEveryStage>>

beforeAll(async () => {
  payload = await getTestPayload()
  ;[office, stranger] = await Promise.all([createOffice(payload), createOffice(payload)])
  items = await itemsInEveryStage(office)
})

const allActions = [...new Set(defaultWorkflow.stages.flatMap((stage) => stage.actions.map((action) => action.action)))]

type Actor = { name: string; user: () => SignedInUser | undefined; roles: Role[]; isOwnInstitution: boolean }

const actors: Actor[] = [
  // Bulletin editors are not institution staff: they read only what is published, like outsiders.
  ...roles.map((role) => ({
    name: role,
    user: () => office.cast[role],
    roles: [role],
    isOwnInstitution: role !== 'bulletin-editor',
  })),
  ...(['reviewer', 'secrecy-reviewer', 'signer', 'editor'] as const).map((role) => ({
    name: `${role} of another institution`,
    user: () => stranger.cast[role],
    roles: [role],
    isOwnInstitution: false,
  })),
  { name: 'anonymous', user: () => undefined, roles: [], isOwnInstitution: false },
]

const stageOf = async (id: number) =>
  (await payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0 })).workflowStage

for (const stage of defaultWorkflow.stages) {
  describe(`in stage ${stage.slug}`, () => {
    for (const actor of actors) {
      const mayAct =
        actor.roles.some((role) => stage.roles.includes(role)) &&
        (actor.isOwnInstitution || actor.roles.some((role) => role === 'admin' || role === 'disclosure-office'))
      const refused = allActions.filter(
        (action) => !mayAct || !stage.actions.some((candidate) => candidate.action === action),
      )
      if (refused.length === 0) continue
      it(`should refuse ${actor.name} the actions ${refused.join(', ')}`, async () => {
        const id = items[stage.slug as keyof typeof items]
        const user = actor.user()
        for (const action of refused) {
          const body = {
            action,
            comment: '理由',
            secrecyDecision: 'public',
            secrecyLegalBasis: '依据',
            disclosureMethod: 'proactive',
            nondisclosureReason: '理由',
          }
          const response = user
            ? await act(user, id, body)
            : await rest('POST', `/disclosure-items/${id}/workflow`, { body })
          const isKnownHere = stage.actions.some((candidate) => candidate.action === action)
          const expected = !user ? [403] : !isKnownHere ? [400] : [403]
          // Without read access to the document (another institution's draft) the answer is a 404.
          expect([...expected, 404], `${action}: ${response.status} ${response.text}`).toContain(response.status)
          if (user && actor.isOwnInstitution) expect(response.status, `${action}: ${response.text}`).toBe(expected[0])
        }
        expect(await stageOf(id)).toBe(stage.slug)
      })
    }
  })
}

describe('the actions offered', () => {
  it('should offer each role exactly the actions of the stages it may act in', async () => {
    for (const stage of defaultWorkflow.stages) {
      const id = items[stage.slug as keyof typeof items]
      for (const role of roles) {
        const response = await rest('GET', `/disclosure-items/${id}/workflow`, { token: office.cast[role].token })
        // Bulletin editors read only what is published: another stage's document is not found for them.
        if (role === 'bulletin-editor' && stage.slug !== 'published') {
          expect(response.status).toBe(404)
          continue
        }
        expect(response.status).toBe(200)
        expect(response.json.stage.slug).toBe(stage.slug)
        const expected = stage.roles.includes(role) ? stage.actions.map((action) => action.action) : []
        expect(
          response.json.actions.map((action: { action: string }) => action.action),
          `${role} in ${stage.slug}`,
        ).toEqual(expected)
      }
    }
  })

  it('should refuse the workflow of a document to anonymous callers', async () => {
    const response = await rest('GET', `/disclosure-items/${items.published}/workflow`)
    expect(response.status).toBe(403)
  })
})
