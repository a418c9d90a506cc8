import type { Endpoint, Payload } from 'payload'

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OpenApiDocument } from '../../../src/lib/api/openApiDescription'
import type { OpenApiOperation } from '../../../src/lib/platform/openApi'

import { openApiDescription } from '../../../src/lib/api/openApiDescription'
import { closePayload } from '../../../src/lib/database/closePayload'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let document: OpenApiDocument
let text: string

beforeAll(async () => {
  payload = await getTestPayload()
  const response = await rest('GET', '/openapi.json')
  expect(response.status).toBe(200)
  text = response.text
  document = JSON.parse(text) as OpenApiDocument
})

afterAll(async () => {
  await closePayload(payload)
})

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
  )

/** Resolves a local JSON pointer (`#/components/schemas/x`) in the document, or undefined. */
const resolvePointer = (pointer: string): unknown =>
  pointer
    .slice(2)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      document,
    )

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)
const hasEnglish = (text: string) => /[A-Za-z]{3}/.test(text)

describe('GET /api/openapi.json: a valid OpenAPI 3.1 document', () => {
  it('should be OpenAPI 3.1 with info, servers, tags, paths and components', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) })
    expect(document.servers.length).toBeGreaterThan(0)
    expect(Object.keys(document.paths).length).toBeGreaterThan(50)
    for (const path of Object.keys(document.paths)) expect(path, path).toMatch(/^\/api\//)
    // Paths that differ only in their parameters' names are the same path to OpenAPI, and not allowed.
    const shapes = Object.keys(document.paths).map((path) => path.replace(/\{\w+\}/g, '{}'))
    expect(shapes.filter((shape, index) => shapes.indexOf(shape) !== index)).toEqual([])
  })

  it('should pass an OpenAPI 3.1 schema validator', async () => {
    const result = await new Validator().validate(JSON.parse(text) as Record<string, unknown>)
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)?.slice(0, 2000)).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('should resolve every $ref inside the document', () => {
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!)
    expect(refs.length).toBeGreaterThan(0)
    for (const target of new Set(refs)) {
      expect(target, target).toMatch(/^#\//)
      expect(resolvePointer(target), target).toBeDefined()
    }
  })

  it('should declare every path parameter of every path, required, and no path parameter the path lacks', () => {
    for (const { path, method, operation } of operations()) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path')
      expect(declared.map((parameter) => parameter.name).sort(), `${method} ${path}`).toEqual(inPath)
      for (const parameter of declared) expect(parameter.required, `${method} ${path} ${parameter.name}`).toBe(true)
      for (const parameter of operation.parameters ?? []) {
        expect(['query', 'header', 'path', 'cookie'], `${method} ${path} ${parameter.name}`).toContain(parameter.in)
        expect(parameter.schema, `${method} ${path} ${parameter.name}`).toEqual(expect.any(Object))
        // OpenAPI ignores these as header parameters: they belong to the security schemes and content types.
        if (parameter.in === 'header')
          expect(['accept', 'content-type', 'authorization']).not.toContain(parameter.name.toLowerCase())
      }
      if (operation.requestBody)
        expect(Object.keys(operation.requestBody.content).length, `${method} ${path}`).toBeGreaterThan(0)
      // No parameter twice in one place.
      const keys = (operation.parameters ?? []).map((parameter) => `${parameter.in}:${parameter.name}`)
      expect(new Set(keys).size, `${method} ${path}`).toBe(keys.length)
    }
  })

  it('should give every operation a unique operationId, a summary, tags that exist and responses with descriptions', () => {
    const tagNames = new Set(document.tags.map((tag) => tag.name))
    const ids = new Set<string>()
    for (const { path, method, operation } of operations()) {
      const where = `${method} ${path}`
      expect(operation.operationId, where).toEqual(expect.any(String))
      expect(ids.has(operation.operationId!), `duplicate ${operation.operationId}`).toBe(false)
      ids.add(operation.operationId!)
      expect(operation.summary, where).toEqual(expect.any(String))
      expect(operation.tags?.length, where).toBeGreaterThan(0)
      for (const tag of operation.tags ?? []) expect(tagNames.has(tag), `${where} tag ${tag}`).toBe(true)
      const responses = Object.entries(operation.responses)
      expect(responses.length, where).toBeGreaterThan(0)
      for (const [status, response] of responses) {
        expect(status, where).toMatch(/^([1-5]\d\d|default)$/)
        expect(response.description, `${where} ${status}`).toEqual(expect.any(String))
      }
      for (const requirement of operation.security ?? []) {
        for (const scheme of Object.keys(requirement))
          expect(document.components.securitySchemes[scheme], `${where} ${scheme}`).toBeDefined()
      }
    }
  })

  it('should describe every tag in Chinese and English', () => {
    for (const tag of document.tags.filter((candidate) => !candidate.name.startsWith('payload-'))) {
      expect(hasChinese(tag.description) && hasEnglish(tag.description), `${tag.name}: ${tag.description}`).toBe(true)
    }
  })
})

describe('GET /api/openapi.json: covering every route', () => {
  it('should describe every custom endpoint from the fragment it carries, leaving none undocumented', () => {
    expect(document['x-undocumented']).toEqual([])
    const customPaths = [
      ['get', '/api/disclosure-items/{id}/workflow'],
      ['post', '/api/disclosure-items/{id}/workflow'],
      ['get', '/api/bulletin-issues/{id}/workflow'],
      ['get', '/api/catalogue/{indexNumber}'],
      ['get', '/api/catalogue/{front}/{back}'],
      ['post', '/api/catalogue/backfill'],
      ['get', '/api/portal/search'],
      ['get', '/api/portal/facets'],
      ['post', '/api/portal/revalidate'],
      ['get', '/api/bulletin-issues/{id}/pdf'],
      ['get', '/api/bulletin-issues/{id}/docx'],
      ['get', '/api/bulletin-issues/{id}/print'],
      ['post', '/api/bulletin-issues/{id}/export'],
      ['get', '/api/bulletin-issues/suggestions'],
      ['get', '/api/openapi.json'],
      ['get', '/api/docs'],
      ['post', '/api/graphql'],
    ] as const
    for (const [method, path] of customPaths) {
      const operation = document.paths[path]?.[method]
      expect(operation, `${method} ${path}`).toBeDefined()
      expect(operation!.summary, path).not.toMatch(/^Custom endpoint/)
    }
    const action = document.paths['/api/disclosure-items/{id}/workflow']!.post!
    expect(action.requestBody?.content['application/json']?.schema).toMatchObject({ required: ['action'] })
    expect(action.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      properties: { actions: { type: 'array' } },
    })
    expect(document.paths['/api/portal/search']!.get!.parameters!.map((p) => p.name)).toEqual([
      'q',
      'institution',
      'theme',
      'genre',
      'year',
      'validity',
      'collection',
      'page',
      'limit',
    ])
  })

  it('should serve the bulletin downloads as binary content types', () => {
    expect(Object.keys(document.paths['/api/bulletin-issues/{id}/pdf']!.get!.responses['200']!.content!)).toEqual([
      'application/pdf',
    ])
    expect(Object.keys(document.paths['/api/bulletin-issues/{id}/docx']!.get!.responses['200']!.content!)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ])
    expect(document.paths['/api/media/file/{filename}']?.get).toBeDefined()
  })

  it('should describe reads, and create, update and delete with the collection as request body, for every collection', () => {
    // Payload's migrations have no REST endpoints (endpoints: false); its preferences are read by key (/{id} is the key).
    const collections = payload.config.collections.filter(
      (collection) => collection.endpoints !== false && collection.slug !== 'payload-preferences',
    )
    expect(collections.length).toBeGreaterThan(15)
    for (const { slug } of collections) {
      const list = document.paths[`/api/${slug}`]
      const one = document.paths[`/api/${slug}/{id}`]
      expect(list?.get, slug).toBeDefined()
      expect(one?.get?.responses['200']?.content?.['application/json']?.schema, slug).toEqual({
        $ref: `#/components/schemas/${slug}`,
      })
      const createSchema = list?.post?.requestBody?.content['application/json']?.schema as { $ref?: string }
      expect(createSchema, slug).toEqual({ $ref: `#/components/schemas/${slug}_create` })
      const create = resolvePointer(createSchema.$ref!) as { properties?: Record<string, unknown> } | undefined
      expect(create?.properties, slug).toBeDefined()
      expect(create?.properties?.id, `${slug}: the server sets the id`).toBeUndefined()
      expect(one?.patch?.requestBody, slug).toBeDefined()
      expect(one?.delete, slug).toBeDefined()
    }
    const created = document.paths['/api/disclosure-items']!.post!
    expect(created.security?.some((entry) => Object.keys(entry).length === 0)).toBe(false)
    expect(Object.keys(document.paths['/api/media']!.post!.requestBody!.content)).toContain('multipart/form-data')
    const limit = document.paths['/api/disclosure-items']!.get!.parameters!.find((p) => p.name === 'limit')
    expect(limit?.schema.maximum).toBe(100)
    for (const { slug } of payload.config.globals) {
      expect(document.paths[`/api/globals/${slug}`]?.get, slug).toBeDefined()
      expect(document.paths[`/api/globals/${slug}`]?.post, slug).toBeDefined()
    }
  })

  it('should describe login, me, logout and refresh of the users, and the ways to present a session', () => {
    const login = document.paths['/api/users/login']!.post!
    expect(login.requestBody?.content['application/json']?.schema).toMatchObject({ required: ['email', 'password'] })
    expect(login.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      required: ['token', 'exp', 'user'],
    })
    for (const path of ['/api/users/logout', '/api/users/refresh-token'])
      expect(document.paths[path]?.post).toBeDefined()
    expect(document.paths['/api/users/me']?.get).toBeDefined()
    expect(document.components.securitySchemes).toMatchObject({
      jwt: { type: 'apiKey', in: 'header', name: 'Authorization' },
      bearer: { type: 'http', scheme: 'bearer' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
    })
  })

  it('should give refusals the one error shape, {errors: [{message, data?}]}', () => {
    expect(document.components.schemas.Error).toMatchObject({
      required: ['errors'],
      properties: { errors: { items: { required: ['message'], properties: { data: { type: 'object' } } } } },
    })
    const refusals = operations().flatMap(({ operation }) =>
      Object.entries(operation.responses).filter(([status]) => status.startsWith('4')),
    )
    expect(refusals.length).toBeGreaterThan(50)
    for (const [status, response] of refusals) {
      expect(response.content?.['application/json']?.schema, status).toEqual({ $ref: '#/components/schemas/Error' })
    }
  })

  it('should list a custom endpoint without an OpenAPI fragment as undocumented', () => {
    const unexplained = { path: '/unexplained', method: 'get', handler: () => Response.json({}) } as Endpoint
    const described = openApiDescription({
      ...payload.config,
      endpoints: [...(payload.config.endpoints ?? []), unexplained] as typeof payload.config.endpoints,
    })
    expect(described['x-undocumented']).toEqual(['GET /api/unexplained'])
    expect(described.paths['/api/unexplained']).toBeUndefined()
  })

  it('should answer what the description says for a custom endpoint: facets, a refused search, the lookup of an unknown number', async () => {
    const facets = await rest('GET', '/portal/facets')
    expect(facets.status).toBe(200)
    const facetsSchema = (document.paths['/api/portal/facets']!.get as OpenApiOperation).responses['200']!.content![
      'application/json'
    ]!.schema as { required: string[] }
    for (const key of facetsSchema.required) expect(facets.json, key).toHaveProperty(key)

    const search = await rest('GET', '/portal/search?limit=500')
    expect(search.status).toBe(400)
    expect(search.json).toMatchObject({ errors: [{ message: expect.stringContaining(' / ') }] })

    const lookup = await rest('GET', `/catalogue/${encodeURIComponent('NOPE/2024-99999')}`)
    expect(lookup.status).toBe(404)
    expect(lookup.json).toMatchObject({ errors: [{ message: expect.any(String) }] })
  })
})
