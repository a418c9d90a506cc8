import type { FilterOptionsProps, Payload, RelationshipField, Where } from 'payload'

type FilterOptionsFunc = (options: FilterOptionsProps) => boolean | Promise<boolean | Where> | Where

import { beforeAll, describe, expect, it } from 'vitest'

import { createInstitution, createUser } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

/** The institution picker of a document offers only what its validation accepts. */

let payload: Payload
let own: number
let other: number

const institutionFilter = (collection: 'disclosure-items' | 'policies' | 'officials') => {
  const field = payload.collections[collection].config.flattenedFields.find(
    (candidate) => 'name' in candidate && candidate.name === (collection === 'policies' ? 'issuer' : 'institution'),
  ) as RelationshipField
  return field.filterOptions as FilterOptionsFunc
}

/** What the picker lists for `user`: the institutions matching the field's filter. */
const offered = async (collection: 'disclosure-items' | 'policies' | 'officials', userId: number) => {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0 })
  const filter = await institutionFilter(collection)({
    user: { ...user, collection: 'users' },
    relationTo: 'institutions',
    req: { user },
  } as FilterOptionsProps)
  if (filter === false) return []
  const where: Where = filter === true ? {} : (filter as Where)
  const found = await payload.find({
    collection: 'institutions',
    where: { and: [where, { id: { in: [own, other] } }] },
    depth: 0,
    limit: 10,
  })
  return found.docs.map((doc) => doc.id)
}

beforeAll(async () => {
  payload = await getTestPayload()
  own = (await createInstitution(payload)).id
  other = (await createInstitution(payload)).id
})

describe('institution picker', () => {
  it('should offer an editor only the institutions they belong to', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [own] })
    for (const collection of ['disclosure-items', 'policies', 'officials'] as const)
      expect(await offered(collection, editor.id)).toEqual([own])
  })

  it('should offer the disclosure office and admins every institution', async () => {
    const office = await createUser(payload, { roles: ['disclosure-office'] })
    const admin = await createUser(payload, { roles: ['admin'] })
    expect((await offered('disclosure-items', office.id)).sort()).toEqual([own, other].sort())
    expect((await offered('disclosure-items', admin.id)).sort()).toEqual([own, other].sort())
  })

  it('should offer nothing to a role that files no documents under an institution', async () => {
    const bulletinEditor = await createUser(payload, { roles: ['bulletin-editor'] })
    expect(await offered('disclosure-items', bulletinEditor.id)).toEqual([])
  })
})
