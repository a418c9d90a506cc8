import type { SanitizedConfig } from 'payload'

import type { OpenApiSchema } from '../platform/openApi'

import { SECURITY_SCHEMES } from '../platform/openApi'

/** Payload's refusals and the endpoints' own: `{ errors: [{ message, data? }] }`, messages 「中文 / English」. */
export const errorSchema: OpenApiSchema = {
  type: 'object',
  description:
    'Every refusal. Messages are bilingual 「中文 / English」 unless the request asked for one language (Accept-Language or ?locale). / 所有错误的格式。',
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          message: {
            type: 'string',
            examples: ['每页条数 limit 应为 1 至 100 的整数 / limit must be a whole number from 1 to 100'],
          },
          name: { type: 'string', examples: ['ValidationError'] },
          field: { type: 'string', description: 'The field refused, where one is' },
          data: {
            type: 'object',
            description: 'For validation errors: `errors: [{ path, message }]`, one per field refused',
            properties: {
              errors: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { path: { type: 'string' }, message: { type: 'string' } },
                  required: ['path', 'message'],
                },
              },
            },
          },
        },
        required: ['message'],
      },
    },
  },
  required: ['errors'],
}

/** The ways a client presents a session, and API keys where a collection enables them. */
export const securitySchemes = (config: SanitizedConfig): Record<string, OpenApiSchema> => {
  const cookieName = `${config.cookiePrefix}-token`
  const apiKeyCollections = config.collections.filter(
    (collection) => typeof collection.auth === 'object' && collection.auth.useAPIKey,
  )
  return {
    [SECURITY_SCHEMES.jwt]: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description:
        'The token `POST /api/users/login` answers, sent as `Authorization: JWT <token>`. / 登录返回的令牌，以 `JWT <token>` 形式放在 Authorization 头中。',
    },
    [SECURITY_SCHEMES.bearer]: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'The same token as `Authorization: Bearer <token>`. / 同一令牌的 Bearer 形式。',
    },
    [SECURITY_SCHEMES.cookie]: {
      type: 'apiKey',
      in: 'cookie',
      name: cookieName,
      description: `The HTTP-only cookie login sets. A cookie-authenticated request from a browser must come from an allowed origin (CSRF: SERVER_URL's). / 登录设置的 Cookie；跨站请求不被接受。`,
    },
    ...Object.fromEntries(
      apiKeyCollections.map((collection) => [
        `apiKey-${collection.slug}`,
        {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: `\`Authorization: ${collection.slug} API-Key <key>\``,
        },
      ]),
    ),
  }
}

const SERVER_SET = [
  'id',
  'createdAt',
  'updatedAt',
  'collection',
  'salt',
  'hash',
  'sessions',
  'loginAttempts',
  'lockUntil',
]

/**
 * What a client sends to create (`required` as the collection requires) or update (every field optional) a
 * document: its read schema without what the server sets, and with a password for an auth collection.
 */
export const writeSchemaOf = (
  readSchema: OpenApiSchema | undefined,
  { isUpdate, isAuth, hasDrafts }: { isUpdate: boolean; isAuth: boolean; hasDrafts: boolean },
): OpenApiSchema => {
  const properties = { ...((readSchema?.properties as Record<string, OpenApiSchema> | undefined) ?? {}) }
  for (const name of SERVER_SET) delete properties[name]
  if (isAuth)
    properties.password = { type: 'string', minLength: 12, description: 'At least 12 characters / 至少 12 位' }
  const required = ((readSchema?.required as string[] | undefined) ?? []).filter((name) => name in properties)
  return {
    type: 'object',
    properties: hasDrafts
      ? {
          ...properties,
          _status: { enum: ['draft', 'published'], description: 'draft: save without publishing / 存为草稿' },
        }
      : properties,
    ...(isUpdate || required.length === 0 ? {} : { required: isAuth ? [...required, 'password'] : required }),
  }
}
