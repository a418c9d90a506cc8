import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { SignedInUser } from '../../helpers/fixtures'

import { ANONYMOUS_MAX_LIMIT, SIGNED_IN_MAX_LIMIT } from '../../../collections/validation/listBounds'
import { createUser } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'

/**
 * List reads over REST and GraphQL are bounded (collections/validation/listBounds.ts): `limit=0` and
 * `pagination=false` (every document at once) and limits above the bound are refused with a 400 naming the
 * parameter, not clamped; anonymous readers may populate at most depth 2. The Local API is not bounded.
 */
let payload: Payload
let office: SignedInUser

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

describe('anonymous list reads', () => {
  it.each(['limit=0', `limit=${ANONYMOUS_MAX_LIMIT + 1}`, 'limit=100000'])(
    'should refuse ?%s naming limit',
    async (query) => {
      expectFieldError(await rest('GET', `/categories?${query}`), 'limit', '1 至 100', 'from 1 to 100')
    },
  )

  it('should refuse ?pagination=false naming pagination', async () => {
    expectFieldError(await rest('GET', '/institutions?pagination=false'), 'pagination', '分页', 'pagination')
  })

  it('should refuse a depth above 2', async () => {
    expectFieldError(await rest('GET', '/disclosure-items?depth=3'), 'depth', 'depth')
  })

  it('should refuse ?limit=0 on the versions of a collection for a signed-in reader too', async () => {
    expectFieldError(await rest('GET', '/disclosure-items/versions?limit=0', { token: office.token }), 'limit')
  })

  it('should answer the largest allowed page', async () => {
    const response = await rest('GET', `/categories?limit=${ANONYMOUS_MAX_LIMIT}&depth=2`)
    expect(response.status, response.text).toBe(200)
    expect(response.json.limit).toBe(ANONYMOUS_MAX_LIMIT)
  })

  it('should refuse limit 0 through GraphQL', async () => {
    const result = await graphql('{ Categories(limit: 0) { docs { id } } }')
    expect(result.json.errors?.[0]?.extensions?.statusCode, JSON.stringify(result.json)).toBe(400)
    expect(result.json.errors?.[0]?.extensions?.data?.errors?.[0]?.path).toBe('limit')
    expect((await graphql('{ Categories(limit: 5) { docs { id } } }')).json.errors).toBeUndefined()
  })
})

describe('signed-in list reads', () => {
  it('should allow up to the signed-in bound and refuse above it, and limit=0', async () => {
    const token = office.token
    expect((await rest('GET', `/categories?limit=${SIGNED_IN_MAX_LIMIT}`, { token })).status).toBe(200)
    expectFieldError(await rest('GET', `/categories?limit=${SIGNED_IN_MAX_LIMIT + 1}`, { token }), 'limit')
    expectFieldError(await rest('GET', '/categories?limit=0', { token }), 'limit')
    expect((await rest('GET', '/disclosure-items?depth=3&limit=1', { token })).status).toBe(200)
  })
})

describe('the Local API', () => {
  it('should not be bounded: the server reads what it needs', async () => {
    const all = await payload.find({ collection: 'categories', limit: 0, pagination: false, depth: 0 })
    expect(all.docs.length).toBe(await payload.count({ collection: 'categories' }).then((count) => count.totalDocs))
  })
})
