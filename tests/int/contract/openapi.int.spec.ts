import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../../src/lib/database/closePayload'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

type Description = {
  openapi: string
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; schema: { maximum?: number } }> }>>
  components: { schemas: Record<string, unknown> }
}

describe('GET /api/openapi.json', () => {
  it('should describe every collection list and by-id read, the globals and the custom endpoints, anonymously', async () => {
    const response = await rest('GET', '/openapi.json')
    expect(response.status).toBe(200)
    const description = JSON.parse(response.text) as Description
    expect(description.openapi).toBe('3.1.0')

    for (const collection of payload.config.collections) {
      expect(description.paths[`/api/${collection.slug}`]?.get, collection.slug).toBeDefined()
      expect(description.paths[`/api/${collection.slug}/{id}`]?.get, collection.slug).toBeDefined()
    }
    for (const global of payload.config.globals) {
      expect(description.paths[`/api/globals/${global.slug}`]?.get, global.slug).toBeDefined()
    }
    for (const path of ['/api/portal/search', '/api/portal/facets', '/api/openapi.json']) {
      expect(description.paths[path]?.get, path).toBeDefined()
    }
    expect(description.paths['/api/portal/revalidate']?.post).toBeDefined()
    // A collection's own endpoints, under the collection, their :id as a path parameter.
    expect(description.paths['/api/disclosure-items/{id}/workflow']?.post?.parameters?.[0]?.name).toBe('id')
    expect(description.paths['/api/bulletin-issues/{id}/pdf']?.get).toBeDefined()

    // The documents' schemas are there, and every reference points at one of them.
    expect(description.components.schemas['disclosure-items']).toMatchObject({ type: 'object' })
    const refs = [...response.text.matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!)
    expect(refs.length).toBeGreaterThan(0)
    for (const target of new Set(refs)) {
      expect(target, target).toMatch(/^#\/components\/schemas\//)
      expect(description.components.schemas[target.split('/').pop()!], target).toBeDefined()
    }
    const limit = description.paths['/api/disclosure-items']!.get!.parameters!.find((p) => p.name === 'limit')
    expect(limit?.schema.maximum).toBe(100)
  })
})
