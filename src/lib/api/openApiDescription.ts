import type { SanitizedConfig } from 'payload'

import { configToJSONSchema } from 'payload'

import { ANONYMOUS_MAX_LIMIT } from '../../../collections/validation/listBounds'

type JSONSchema4 = ReturnType<typeof configToJSONSchema>

type Operation = Record<string, unknown>
type PathItem = Partial<Record<'get' | 'post' | 'patch' | 'put' | 'delete', Operation>>

/** The bounds of an anonymous list read (collections/validation/listBounds.ts refuses others with a 400). */
const LIST_LIMIT = { minimum: 1, maximum: ANONYMOUS_MAX_LIMIT }

const query = (name: string, schema: JSONSchema4, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
})

const listParameters = [
  query(
    'limit',
    { type: 'integer', ...LIST_LIMIT, default: 10 },
    `Documents per page (anonymous: 1-${ANONYMOUS_MAX_LIMIT}).`,
  ),
  query('page', { type: 'integer', minimum: 1 }, 'Page number, from 1.'),
  query('sort', { type: 'string' }, 'A field name, `-` before it for descending.'),
  query('depth', { type: 'integer', minimum: 0 }, 'How deep relationships are populated.'),
  query('where', { type: 'object' }, 'Payload query, in qs bracket syntax: where[field][equals]=value.'),
]

const json = (schema: JSONSchema4, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
})

const ref = (name: string): JSONSchema4 => ({ $ref: `#/components/schemas/${name}` })

const listOf = (name: string): JSONSchema4 => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: ref(name) },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
  },
  required: ['docs', 'totalDocs'],
})

const errorResponse = json(
  { type: 'object', properties: { errors: { type: 'array', items: { type: 'object' } } } },
  'Refused; messages in Chinese and English',
)

/** Payload's `:param` route segments as OpenAPI `{param}`, with their path parameters. */
const customOperation = (path: string, method: string): [string, string, Operation] => {
  const names = [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!)
  return [
    path.replace(/:(\w+)/g, '{$1}'),
    method.toLowerCase(),
    {
      summary: `Custom endpoint ${method.toUpperCase()} ${path}`,
      parameters: names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      responses: { default: json({ type: 'object' }, 'See the endpoint') },
    },
  ]
}

/**
 * An OpenAPI 3.1 description of the REST API, derived from the sanitized Payload config: every collection's
 * list and by-id reads with its documents as JSON Schema (Payload's configToJSONSchema, the schema behind
 * payload-types.ts), every global's read, and the custom endpoints (root and per collection) by path.
 */
export const openApiDescription = (config: SanitizedConfig): Record<string, unknown> => {
  const jsonSchema = configToJSONSchema(config, config.db.defaultIDType)
  // JSON Schema's own references (#/definitions/x) become OpenAPI's (#/components/schemas/x).
  const schemas = JSON.parse(
    JSON.stringify(jsonSchema.definitions ?? {}).replaceAll('"#/definitions/', '"#/components/schemas/'),
  ) as Record<string, JSONSchema4>
  const paths: Record<string, PathItem> = {}
  const add = (path: string, method: string, operation: Operation) => {
    const api = `${config.routes.api}${path}`
    paths[api] = { ...paths[api], [method]: operation }
  }

  for (const collection of config.collections) {
    const { slug } = collection
    const documentSchema = schemas[slug] ? ref(slug) : { type: 'object' as const }
    add(`/${slug}`, 'get', {
      operationId: `list-${slug}`,
      tags: [slug],
      parameters: listParameters,
      responses: { 200: json(schemas[slug] ? listOf(slug) : { type: 'object' }), 400: errorResponse },
    })
    add(`/${slug}/{id}`, 'get', {
      operationId: `get-${slug}`,
      tags: [slug],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        query('depth', { type: 'integer', minimum: 0 }, 'How deep relationships are populated.'),
      ],
      responses: { 200: json(documentSchema), 404: errorResponse },
    })
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      const [path, method, operation] = customOperation(endpoint.path, endpoint.method)
      add(`/${slug}${path}`, method, { ...operation, tags: [slug] })
    }
  }
  for (const global of config.globals) {
    add(`/globals/${global.slug}`, 'get', {
      operationId: `get-global-${global.slug}`,
      tags: ['globals'],
      responses: { 200: json(schemas[global.slug] ? ref(global.slug) : { type: 'object' }) },
    })
  }
  for (const endpoint of config.endpoints ?? []) {
    const [path, method, operation] = customOperation(endpoint.path, endpoint.method)
    add(path, method, operation)
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '政府信息公开平台 API / Government information disclosure API',
      version: '1',
      description:
        'REST API of the Gongkai platform. GraphQL: schema.graphql at the repository root; TypeScript types: payload-types.ts.',
    },
    jsonSchemaDialect: 'http://json-schema.org/draft-04/schema#',
    paths,
    components: { schemas },
  }
}
