import type { Payload } from 'payload'

import type { Role } from '../../../src/lib/platform/roles'
import type { Caller } from './doors'
import type { Actor } from './matrix'

import { createInstitution, createUser } from '../../helpers/fixtures'
import { actors, scopedActors } from './matrix'

/** The callers of one test file: a user per role, and anonymous; the scoped roles work for `own`. */
export type Cast = {
  own: number
  other: number
  callers: Record<Actor, Caller>
}

/** The Local API `user` argument: the account as its own access rules see it. */
export const localUserOf = async (payload: Payload, id: number, depth = 0): Promise<NonNullable<Caller['user']>> => {
  const user = await payload.findByID({ collection: 'users', id, depth, overrideAccess: true })
  return { ...user, collection: 'users' }
}

/** Signs in a new account with these roles, for REST and GraphQL (token) and the Local API (user). */
export const signIn = async (payload: Payload, roles: Role[], institutions: number[] = []): Promise<Caller> => {
  const { id, token } = await createUser(payload, { roles, institutions })
  return { actor: roles[0]!, token, user: await localUserOf(payload, id) }
}

export const anonymous: Caller = { actor: 'anonymous' }

/** Two institutions and one caller per actor; the institution-scoped roles belong to `own`. */
export const createCast = async (payload: Payload): Promise<Cast> => {
  const own = (await createInstitution(payload)).id
  const other = (await createInstitution(payload)).id
  const entries = await Promise.all(
    actors.map(async (actor): Promise<[Actor, Caller]> => {
      if (actor === 'anonymous') return [actor, anonymous]
      return [actor, await signIn(payload, [actor], scopedActors.includes(actor) ? [own] : [])]
    }),
  )
  return { own, other, callers: Object.fromEntries(entries) as Record<Actor, Caller> }
}
