import type { OpenApiOperation } from '../platform/openApi'

import { ANYONE, bilingualSummary, jsonContent, refusals } from '../platform/openApi'

/** `POST /api/graphql`: a Next.js route beside the REST endpoints, the same access rules and bounds. */
export const graphqlOperation: OpenApiOperation = {
  operationId: 'graphql',
  tags: ['api'],
  summary: bilingualSummary('GraphQL 查询', 'GraphQL queries and mutations'),
  description:
    'The schema is committed as schema.graphql. The same access rules, list bounds (limit ≤ 100 and depth ≤ 2 anonymously) and sessions as REST. / 与 REST 相同的权限和限制；模式见 schema.graphql。',
  security: ANYONE,
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            query: { type: 'string', examples: ['{ DisclosureItems(limit: 5) { docs { id title } } }'] },
            variables: { type: 'object' },
            operationName: { type: 'string' },
          },
          required: ['query'],
        },
      },
    },
  },
  responses: {
    200: jsonContent({
      type: 'object',
      properties: {
        data: { type: ['object', 'null'] },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              message: { type: 'string' },
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              extensions: { type: 'object' },
            },
            required: ['message'],
          },
        },
      },
    }),
    ...refusals({ 400: 'Not a GraphQL request / 请求格式有误' }),
  },
}
