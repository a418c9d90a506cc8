import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Caller } from './doors'
import type { Actor } from './matrix'

import { TEST_PASSWORD, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createCast, signIn } from './cast'
import { create, find, findByID, isRefusal, remove, update } from './doors'
import { actors, doors, scopedActors, usersMatrix } from './matrix'

/**
 * Staff accounts: who reads whom, whose e-mail address they see, who changes and creates accounts,
 * and that nobody but an admin grants roles or institutions.
 */

let payload: Payload
let cast: Cast
let colleague: Caller

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
  colleague = await signIn(payload, ['editor'], [cast.other])
})

type Subject = 'self' | 'colleague'

const subjectsOf = (actor: Actor): Subject[] => (actor === 'anonymous' ? ['colleague'] : ['self', 'colleague'])
const reachesSubject = (rule: 'everyone' | 'self' | 'nobody', subject: Subject) =>
  rule === 'everyone' || (rule === 'self' && subject === 'self')
const describeSubject = (subject: Subject) => (subject === 'self' ? 'its own account' : 'a colleague’s account')

/** A fresh account of the actor's role, for tests that change it. */
const freshSelf = (actor: Exclude<Actor, 'anonymous'>) =>
  signIn(payload, [actor], scopedActors.includes(actor) ? [cast.own] : [])

const storedUser = (id: number) =>
  payload.findByID({ collection: 'users', id, depth: 0, disableErrors: true, showHiddenFields: true })

for (const door of doors) {
  describe(`through ${door}`, () => {
    for (const actor of actors) {
      const rules = usersMatrix[actor]

      for (const subject of subjectsOf(actor)) {
        const idOf = (): number => (subject === 'self' ? cast.callers[actor].user!.id : colleague.user!.id)
        const emailOf = (): string =>
          (subject === 'self' ? cast.callers[actor].user!.email : colleague.user!.email) as string
        const mayRead = reachesSubject(rules.read, subject)
        const seesEmail = reachesSubject(rules.email, subject)

        it(`should ${mayRead ? 'let' : 'not let'} ${actor} read ${describeSubject(subject)}`, async () => {
          const outcome = await findByID(payload, door, cast.callers[actor], 'users', idOf())
          if (mayRead) expect(outcome).toMatchObject({ ok: true, doc: { id: idOf() } })
          else expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
        })

        if (mayRead) {
          it(`should ${seesEmail ? 'show' : 'hide from'} ${actor} the e-mail address of ${describeSubject(subject)}`, async () => {
            const outcome = await findByID(payload, door, cast.callers[actor], 'users', idOf(), { fields: ['email'] })
            if (!outcome.ok) throw new Error(JSON.stringify(outcome))
            if (seesEmail) expect(outcome.doc.email).toBe(emailOf())
            else expect(outcome.doc.email ?? undefined).toBeUndefined()
          })
        }

        if (mayRead && !seesEmail) {
          it(`should not let ${actor} probe the e-mail address of ${describeSubject(subject)}`, async () => {
            const answer = async (email: string) => {
              const outcome = await find(payload, door, cast.callers[actor], 'users', {
                and: [{ id: { equals: idOf() } }, { email: { equals: email } }],
              })
              return outcome.ok ? outcome.ids : outcome.status
            }
            expect(await answer(emailOf())).toEqual(await answer('nobody@test.local'))
          })
        }

        const mayUpdate = reachesSubject(rules.update, subject)

        it(`should ${mayUpdate ? 'let' : 'not let'} ${actor} rename ${describeSubject(subject)}`, async () => {
          const before = await storedUser(idOf())
          const name = unique('新名字')

          const outcome = await update(payload, door, cast.callers[actor], 'users', idOf(), { name })

          const stored = await storedUser(idOf())
          if (mayUpdate) {
            expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
            expect(stored?.name).toBe(name)
          } else {
            expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
            expect(stored?.name).toBe(before?.name)
          }
        })
      }

      it(`should list for ${actor} only the accounts it may read`, async () => {
        const self = cast.callers[actor].user?.id
        const ids = [colleague.user!.id, ...(self ? [self] : [])]
        const outcome = await find(payload, door, cast.callers[actor], 'users', { id: { in: ids } })
        const expected = subjectsOf(actor)
          .filter((subject) => reachesSubject(rules.read, subject))
          .map((subject) => (subject === 'self' ? self : colleague.user!.id))
        if (expected.length === 0)
          expect(isRefusal(outcome) || (outcome.ok && outcome.ids.length === 0), JSON.stringify(outcome)).toBe(true)
        else expect(outcome.ok && outcome.ids.sort()).toEqual(expected.sort())
      })

      it(`should ${rules.create ? 'let' : 'not let'} ${actor} create an account`, async () => {
        const email = `${unique('new')}@test.local`
        const outcome = await create(payload, door, cast.callers[actor], 'users', {
          email,
          password: TEST_PASSWORD,
          name: email,
          roles: ['editor'],
          institutions: [cast.own],
        })
        const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
        if (rules.create) {
          expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
          expect(totalDocs).toBe(1)
        } else {
          expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
          expect(totalDocs).toBe(0)
        }
      })

      it(`should ${rules.delete ? 'let' : 'not let'} ${actor} delete a colleague’s account`, async () => {
        const email = `${unique('leaving')}@test.local`
        const target = await payload.create({
          collection: 'users',
          data: { email, password: TEST_PASSWORD, name: email, roles: ['editor'], institutions: [cast.other] },
        })

        const outcome = await remove(payload, door, cast.callers[actor], 'users', target.id)

        const stored = await storedUser(target.id)
        if (rules.delete) {
          expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
          expect(stored).toBeNull()
        } else {
          expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
          expect(stored?.id).toBe(target.id)
        }
      })

      if (actor === 'anonymous' || actor === 'admin') continue

      it(`should not let ${actor} grant itself the admin role`, async () => {
        const self = await freshSelf(actor)

        await update(payload, door, self, 'users', self.user!.id, { roles: ['admin'] })

        expect((await storedUser(self.user!.id))?.roles).toEqual([actor])
      })

      it(`should not let ${actor} add another institution to its own account`, async () => {
        const self = await freshSelf(actor)
        const before = (await storedUser(self.user!.id))?.institutions

        await update(payload, door, self, 'users', self.user!.id, { institutions: [cast.own, cast.other] })

        expect((await storedUser(self.user!.id))?.institutions).toEqual(before)
      })
    }
  })
}

describe('accounts', () => {
  it('should refuse the first-register endpoint once accounts exist', async () => {
    const email = `${unique('first')}@test.local`
    const response = await rest('POST', '/users/first-register', {
      body: { email, password: TEST_PASSWORD, name: email },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('should not let the disclosure office change a colleague’s roles', async () => {
    const target = await signIn(payload, ['editor'], [cast.own])
    const response = await rest('PATCH', `/users/${target.user!.id}`, {
      token: cast.callers['disclosure-office'].token,
      body: { roles: ['admin'] },
    })
    expect([403, 404]).toContain(response.status)
    expect((await storedUser(target.user!.id))?.roles).toEqual(['editor'])
  })

  it('should not let the disclosure office probe password hashes', async () => {
    const answer = async (exists: boolean) => {
      const response = await rest(
        'GET',
        `/users?where[id][equals]=${colleague.user!.id}&where[hash][exists]=${exists}`,
        {
          token: cast.callers['disclosure-office'].token,
        },
      )
      return response.status === 200 ? response.json.docs.map((doc: { id: number }) => doc.id) : response.status
    }
    expect(await answer(true)).toEqual(await answer(false))
  })
})
