import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { User } from '../../payload-types'

import { adapterOf } from '../../src/lib/platform/database/adapter'
import { poolOf } from '../../src/lib/platform/database/transaction'
import { slugs } from '../slugs'

type Row = {
  id: number
  name: string
  email: string
  created_at: Date | string
  updated_at: Date | string
  roles: User['roles']
  institutions: number[]
  sessions: Array<{ id: string; createdAt: string; expiresAt: string }>
}

// Payload's timestamps, as its reads return them.
const iso = (value: Date | string) => new Date(value).toISOString()

const tableNamed = (payload: Payload, name: string) => {
  const table: unknown = adapterOf(payload).tables[name]
  if (!table) throw new Error(`no database table "${name}" for the signed-in user`)
  return table as Parameters<typeof sql>[1]
}

/**
 * A signed-in user as Payload's local JWT strategy reads it on every authenticated request
 * (`findByID` at the collection's auth depth 0, overriding access, hidden fields left out): the
 * visible fields, roles, institution ids and sessions. One statement on the primary instead of
 * Payload's relational query and field hooks, which cost more CPU than the document the request
 * asked for. Read afresh every request: a logout, a revoked session or a changed role counts at once.
 * tests/int/access/session-token.int.spec.ts keeps it equal to `findByID` as Users' fields change.
 */
export const readSessionUser = async (payload: Payload, id: number): Promise<undefined | User> => {
  const users = tableNamed(payload, slugs.users)
  const roles = tableNamed(payload, `${slugs.users}_roles`)
  const rels = tableNamed(payload, `${slugs.users}_rels`)
  const sessions = tableNamed(payload, `${slugs.users}_sessions`)
  const { rows } = await poolOf(payload).execute(sql`
    select u.id, u.name, u.email, u.created_at, u.updated_at,
      coalesce((select json_agg(r.value order by r."order") from ${roles} r where r.parent_id = u.id), '[]') as roles,
      coalesce((select json_agg(rel.institutions_id order by rel."order") from ${rels} rel
        where rel.parent_id = u.id and rel.path = 'institutions'), '[]') as institutions,
      coalesce((select json_agg(json_build_object('id', s.id, 'createdAt', s.created_at, 'expiresAt', s.expires_at)
        order by s._order) from ${sessions} s where s._parent_id = u.id), '[]') as sessions
    from ${users} u where u.id = ${id}`)
  const row = rows[0] as Row | undefined
  if (!row) return undefined
  return {
    collection: slugs.users,
    id: row.id,
    name: row.name,
    roles: row.roles,
    institutions: row.institutions,
    updatedAt: iso(row.updated_at),
    createdAt: iso(row.created_at),
    email: row.email,
    sessions: row.sessions.map((session) => ({
      id: session.id,
      createdAt: iso(session.createdAt),
      expiresAt: iso(session.expiresAt),
    })),
  }
}
