import type { Endpoint } from 'payload'

/**
 * The OpenAPI 3.1 fragment a custom endpoint carries in `custom.openapi`, next to its handler, so its
 * description changes with it. src/lib/api/openApiDescription.ts reads it; a custom endpoint without one
 * makes the contract test fail. Path parameters (`:id`) are declared from the path when the fragment
 * leaves them out.
 */
export type OpenApiSchema = Record<string, unknown>

export type OpenApiParameter = {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  description?: string
  schema: OpenApiSchema
}

export type OpenApiResponse = {
  description: string
  headers?: Record<string, { description?: string; schema: OpenApiSchema }>
  content?: Record<string, { schema: OpenApiSchema }>
}

export type OpenApiOperation = {
  summary: string
  description?: string
  /** Defaults to the collection's slug for a collection's endpoint. */
  tags?: string[]
  operationId?: string
  parameters?: OpenApiParameter[]
  requestBody?: { required?: boolean; description?: string; content: Record<string, { schema: OpenApiSchema }> }
  responses: Record<string, OpenApiResponse>
  /** `SIGNED_IN` or `ANYONE` (the document's default: anyone, a session where there is one). */
  security?: Array<Record<string, string[]>>
}

/** A tag an endpoint introduces (a collection's tag is made from its labels). */
export type OpenApiTag = { name: string; description: string }

export type EndpointOpenApi = { openapi: OpenApiOperation; openapiTag?: OpenApiTag }

/** The security schemes of the document (src/lib/api/securitySchemes.ts), by name. */
export const SECURITY_SCHEMES = { jwt: 'jwt', bearer: 'bearer', cookie: 'cookie' } as const

/** A session is required: the JWT header, a bearer token or the `payload-token` cookie. */
export const SIGNED_IN: Array<Record<string, string[]>> = Object.values(SECURITY_SCHEMES).map((name) => ({
  [name]: [],
}))

/** Anyone; a session changes what is visible. */
export const ANYONE: Array<Record<string, string[]>> = [{}, ...SIGNED_IN]

/** The shape of every refusal: `{ errors: [{ message, data? }] }` (src/lib/api/openApiDescription.ts defines it). */
export const ERROR_SCHEMA_REF = { $ref: '#/components/schemas/Error' }

export const jsonContent = (schema: OpenApiSchema, description = 'OK'): OpenApiResponse => ({
  description,
  content: { 'application/json': { schema } },
})

/** The refusals an endpoint answers, each with the shared error shape. */
export const refusals = (statuses: Record<number, string>): Record<string, OpenApiResponse> =>
  Object.fromEntries(Object.entries(statuses).map(([status, text]) => [status, jsonContent(ERROR_SCHEMA_REF, text)]))

export const queryParameter = (
  name: string,
  schema: OpenApiSchema,
  description: string,
  required = false,
): OpenApiParameter => ({ name, in: 'query', required, description, schema })

export const pathParameter = (name: string, description: string, schema: OpenApiSchema = { type: 'string' }) =>
  ({ name, in: 'path', required: true, description, schema }) satisfies OpenApiParameter

/** A bilingual summary, 「中文 / English」, as the API's messages are. */
export const bilingualSummary = (zh: string, en: string) => `${zh} / ${en}`

/** The endpoint with its OpenAPI fragment in `custom`, keeping whatever else `custom` holds. */
export const documented = (endpoint: Endpoint, openapi: OpenApiOperation, openapiTag?: OpenApiTag): Endpoint => ({
  ...endpoint,
  custom: { ...endpoint.custom, openapi, ...(openapiTag ? { openapiTag } : {}) } satisfies EndpointOpenApi,
})

/** The fragment an endpoint carries, if any. */
export const openApiOf = (endpoint: Endpoint): EndpointOpenApi | undefined => {
  const openapi = (endpoint.custom as Partial<EndpointOpenApi> | undefined)?.openapi
  return openapi ? (endpoint.custom as EndpointOpenApi) : undefined
}
