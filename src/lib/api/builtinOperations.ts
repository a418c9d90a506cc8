import type { OpenApiOperation, OpenApiParameter, OpenApiSchema } from '../platform/openApi'

import {
  ANONYMOUS_MAX_DEPTH,
  ANONYMOUS_MAX_LIMIT,
  SIGNED_IN_MAX_LIMIT,
} from '../../../collections/validation/listBounds'
import {
  ANYONE,
  bilingualSummary,
  jsonContent,
  pathParameter,
  queryParameter,
  refusals,
  SIGNED_IN,
} from '../platform/openApi'

/** What the description knows of a collection or global when it describes Payload's own endpoints on it. */
export type EntityFacts = {
  slug: string
  kind: 'collection' | 'global'
  /** `#/components/schemas/<slug>` when the entity has one. */
  schema: OpenApiSchema
  createSchema: OpenApiSchema
  updateSchema: OpenApiSchema
  isAuth: boolean
  isUpload: boolean
  hasVersions: boolean
  hasDrafts: boolean
}

const ref = (name: string): OpenApiSchema => ({ $ref: `#/components/schemas/${name}` })

const depth = queryParameter(
  'depth',
  { type: 'integer', minimum: 0, default: 2 },
  `How deep relationships are populated (anonymous: at most ${ANONYMOUS_MAX_DEPTH}) / 关联展开层数（匿名至多 ${ANONYMOUS_MAX_DEPTH}）`,
)
const select = queryParameter(
  'select',
  { type: 'object', additionalProperties: { type: 'boolean' } },
  'Only these fields: select[title]=true&select[summary]=true / 只返回所选字段',
)
const draft = queryParameter('draft', { type: 'boolean' }, 'Read or save the latest draft (signed in) / 读取或保存草稿')
const where = {
  ...queryParameter(
    'where',
    { type: 'object' },
    'Payload query in qs bracket syntax: where[field][equals]=value, where[or][0][title][like]=… / 查询条件',
  ),
  style: 'deepObject',
  explode: true,
} as OpenApiParameter

const listParameters: OpenApiParameter[] = [
  queryParameter(
    'limit',
    { type: 'integer', minimum: 1, maximum: ANONYMOUS_MAX_LIMIT, default: 10 },
    `Documents per page: anonymous 1-${ANONYMOUS_MAX_LIMIT}, signed in 1-${SIGNED_IN_MAX_LIMIT}; 0 ("all") is refused / 每页条数，不接受 0`,
  ),
  queryParameter('page', { type: 'integer', minimum: 1, default: 1 }, 'Page, from 1 / 页码'),
  queryParameter('sort', { type: 'string' }, 'A field, `-` before it for descending: -publishedAt / 排序字段'),
  where,
  depth,
  select,
  draft,
]

const listOf = (schema: OpenApiSchema): OpenApiSchema => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: schema },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: { type: ['integer', 'null'] },
    prevPage: { type: ['integer', 'null'] },
  },
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
})

const id = pathParameter('id', 'The document id / 文档 ID')

const body = (schema: OpenApiSchema, isUpload = false) => ({
  required: true,
  content: {
    'application/json': { schema },
    ...(isUpload
      ? {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                file: { type: 'string', contentMediaType: 'application/octet-stream' },
                _payload: { type: 'string', description: 'The other fields as JSON / 其余字段（JSON 字符串）' },
              },
              required: ['file'],
            },
          },
        }
      : {}),
  },
})

const changed = (schema: OpenApiSchema, description: string) =>
  jsonContent(
    { type: 'object', properties: { doc: schema, message: { type: 'string' } }, required: ['doc'] },
    description,
  )

const bulkResult = (schema: OpenApiSchema) =>
  jsonContent({
    type: 'object',
    properties: { docs: { type: 'array', items: schema }, errors: { type: 'array', items: ref('Error') } },
  })

const invalid = { 400: 'Invalid input; `data.errors` names each field / 输入有误，data.errors 逐项列出字段' }
const forbidden = { 403: 'Not allowed / 无权操作' }
const notFound = { 404: 'No such document, or not readable / 文档不存在或无权查看' }

const message = jsonContent({ type: 'object', properties: { message: { type: 'string' } } })

const user = (facts: EntityFacts) => facts.schema

type Builder = (facts: EntityFacts) => OpenApiOperation | undefined

const collectionOperations: Record<string, Builder> = {
  'get /': (facts) => ({
    operationId: `list-${facts.slug}`,
    summary: bilingualSummary('列表查询', `List ${facts.slug}`),
    parameters: listParameters,
    security: ANYONE,
    responses: { 200: jsonContent(listOf(facts.schema)), ...refusals(invalid) },
  }),
  'get /count': (facts) => ({
    operationId: `count-${facts.slug}`,
    summary: bilingualSummary('计数', `Count ${facts.slug}`),
    parameters: [where],
    security: ANYONE,
    responses: {
      200: jsonContent({ type: 'object', properties: { totalDocs: { type: 'integer' } }, required: ['totalDocs'] }),
      ...refusals(invalid),
    },
  }),
  'get /:id': (facts) => ({
    operationId: `get-${facts.slug}`,
    summary: bilingualSummary('按 ID 读取', `Read one of ${facts.slug} by id`),
    parameters: [id, depth, select, draft],
    security: ANYONE,
    responses: { 200: jsonContent(facts.schema), ...refusals({ ...invalid, ...notFound }) },
  }),
  'post /': (facts) => ({
    operationId: `create-${facts.slug}`,
    summary: bilingualSummary('新建', `Create one of ${facts.slug}`),
    parameters: [depth, draft],
    security: SIGNED_IN,
    requestBody: body(facts.createSchema, facts.isUpload),
    responses: {
      201: changed(facts.schema, 'Created / 已创建'),
      ...refusals({ ...invalid, ...forbidden }),
    },
  }),
  'patch /:id': (facts) => ({
    operationId: `update-${facts.slug}`,
    summary: bilingualSummary('修改', `Update one of ${facts.slug}`),
    parameters: [id, depth, draft],
    security: SIGNED_IN,
    requestBody: body(facts.updateSchema, facts.isUpload),
    responses: {
      200: changed(facts.schema, 'Updated / 已修改'),
      ...refusals({ ...invalid, ...forbidden, ...notFound }),
    },
  }),
  'delete /:id': (facts) => ({
    operationId: `delete-${facts.slug}`,
    summary: bilingualSummary('删除', `Delete one of ${facts.slug}`),
    parameters: [id],
    security: SIGNED_IN,
    responses: { 200: changed(facts.schema, 'Deleted / 已删除'), ...refusals({ ...forbidden, ...notFound }) },
  }),
  'patch /': (facts) => ({
    operationId: `update-many-${facts.slug}`,
    summary: bilingualSummary('批量修改', `Update the ${facts.slug} matching where`),
    parameters: [{ ...where, required: true }, depth, draft],
    security: SIGNED_IN,
    requestBody: body(facts.updateSchema),
    responses: { 200: bulkResult(facts.schema), ...refusals({ ...invalid, ...forbidden }) },
  }),
  'delete /': (facts) => ({
    operationId: `delete-many-${facts.slug}`,
    summary: bilingualSummary('批量删除', `Delete the ${facts.slug} matching where`),
    parameters: [{ ...where, required: true }],
    security: SIGNED_IN,
    responses: { 200: bulkResult(facts.schema), ...refusals({ ...invalid, ...forbidden }) },
  }),
  'post /:id/duplicate': (facts) => ({
    operationId: `duplicate-${facts.slug}`,
    summary: bilingualSummary('复制', `Duplicate one of ${facts.slug}`),
    parameters: [id],
    security: SIGNED_IN,
    responses: { 201: changed(facts.schema, 'The copy / 副本'), ...refusals({ ...forbidden, ...notFound }) },
  }),
  'post /access/:id?': (facts) => ({
    operationId: `access-${facts.slug}`,
    summary: bilingualSummary('文档权限', `What the caller may do with ${facts.slug} (or one of them)`),
    security: ANYONE,
    responses: { 200: jsonContent({ type: 'object' }) },
  }),
  'get /versions': (facts) =>
    facts.hasVersions
      ? {
          operationId: `list-versions-${facts.slug}`,
          summary: bilingualSummary('版本列表', `List versions of ${facts.slug}`),
          parameters: listParameters,
          security: SIGNED_IN,
          responses: { 200: jsonContent(listOf({ type: 'object' })), ...refusals({ ...invalid, ...forbidden }) },
        }
      : undefined,
  'get /versions/:id': (facts) =>
    facts.hasVersions
      ? {
          operationId: `get-version-${facts.slug}`,
          summary: bilingualSummary('读取版本', `Read a version of ${facts.slug}`),
          parameters: [pathParameter('id', 'The version id / 版本 ID'), depth],
          security: SIGNED_IN,
          responses: { 200: jsonContent({ type: 'object' }), ...refusals({ ...forbidden, ...notFound }) },
        }
      : undefined,
  'post /versions/:id': (facts) =>
    facts.hasVersions
      ? {
          operationId: `restore-version-${facts.slug}`,
          summary: bilingualSummary('恢复版本', `Restore a version of ${facts.slug}`),
          parameters: [pathParameter('id', 'The version id / 版本 ID')],
          security: SIGNED_IN,
          responses: { 200: jsonContent({ type: 'object' }), ...refusals({ ...forbidden, ...notFound }) },
        }
      : undefined,
  // Auth collections.
  'post /login': (facts) => ({
    operationId: `login-${facts.slug}`,
    summary: bilingualSummary('登录', 'Log in'),
    description:
      'Answers the token (send it as `Authorization: JWT <token>`) and sets the HTTP-only `payload-token` cookie. Repeated failures lock the account for a while. / 返回令牌并设置 Cookie；多次失败将暂时锁定账号。',
    security: [{}],
    requestBody: body({
      type: 'object',
      properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } },
      required: ['email', 'password'],
    }),
    responses: {
      200: jsonContent({
        type: 'object',
        properties: {
          message: { type: 'string' },
          token: { type: 'string' },
          exp: { type: 'integer', description: 'Expiry, seconds since the epoch / 过期时间' },
          user: user(facts),
        },
        required: ['token', 'exp', 'user'],
      }),
      ...refusals({
        400: 'Email or password missing / 缺少邮箱或密码',
        401: 'Wrong email or password, or locked / 邮箱或密码错误，或账号已锁定',
      }),
    },
  }),
  'post /logout': (facts) => ({
    operationId: `logout-${facts.slug}`,
    summary: bilingualSummary('退出登录', 'Log out'),
    description: 'Ends this session (its token stops working) and clears the cookie. / 结束本次会话。',
    security: SIGNED_IN,
    parameters: [
      queryParameter('allSessions', { type: 'boolean' }, 'End every session of the account / 结束该账号所有会话'),
    ],
    responses: { 200: message, ...refusals({ 400: 'No session / 未登录' }) },
  }),
  'get /me': (facts) => ({
    operationId: `me-${facts.slug}`,
    summary: bilingualSummary('当前用户', 'The signed-in user'),
    security: ANYONE,
    responses: {
      200: jsonContent({
        type: 'object',
        properties: {
          user: { oneOf: [user(facts), { type: 'null' }] },
          exp: { type: 'integer' },
          token: { type: 'string' },
          collection: { type: 'string' },
          strategy: { type: 'string' },
        },
        required: ['user'],
      }),
    },
  }),
  'post /refresh-token': (facts) => ({
    operationId: `refresh-${facts.slug}`,
    summary: bilingualSummary('刷新令牌', 'Refresh the token'),
    security: SIGNED_IN,
    responses: {
      200: jsonContent({
        type: 'object',
        properties: { refreshedToken: { type: 'string' }, exp: { type: 'integer' }, user: user(facts) },
      }),
      ...refusals({ 401: 'No valid session / 会话无效' }),
    },
  }),
  'post /forgot-password': (facts) => ({
    operationId: `forgot-password-${facts.slug}`,
    summary: bilingualSummary('忘记密码', 'Send a password reset e-mail'),
    security: [{}],
    requestBody: body({
      type: 'object',
      properties: { email: { type: 'string', format: 'email' } },
      required: ['email'],
    }),
    responses: { 200: message, ...refusals(invalid) },
  }),
  'post /reset-password': (facts) => ({
    operationId: `reset-password-${facts.slug}`,
    summary: bilingualSummary('重置密码', 'Reset the password with the e-mailed token'),
    security: [{}],
    requestBody: body({
      type: 'object',
      properties: { token: { type: 'string' }, password: { type: 'string', minLength: 12 } },
      required: ['token', 'password'],
    }),
    responses: {
      200: jsonContent({ type: 'object', properties: { user: user(facts), token: { type: 'string' } } }),
      ...refusals(invalid),
    },
  }),
  'post /unlock': (facts) => ({
    operationId: `unlock-${facts.slug}`,
    summary: bilingualSummary('解锁账号', 'Unlock a locked account (admins)'),
    security: SIGNED_IN,
    requestBody: body({
      type: 'object',
      properties: { email: { type: 'string', format: 'email' } },
      required: ['email'],
    }),
    responses: { 200: message, ...refusals({ ...invalid, ...forbidden }) },
  }),
  'post /verify/:id': (facts) => ({
    operationId: `verify-${facts.slug}`,
    summary: bilingualSummary('验证邮箱', 'Verify the e-mail address'),
    parameters: [pathParameter('id', 'The verification token / 验证令牌')],
    security: [{}],
    responses: { 200: message, ...refusals(invalid) },
  }),
  'get /init': (facts) => ({
    operationId: `init-${facts.slug}`,
    summary: bilingualSummary('是否已有用户', 'Whether a first user exists'),
    security: [{}],
    responses: { 200: jsonContent({ type: 'object', properties: { initialized: { type: 'boolean' } } }) },
  }),
  'post /first-register': (facts) => ({
    operationId: `first-register-${facts.slug}`,
    summary: bilingualSummary('注册首个用户', 'Register the first user (only while there is none)'),
    security: [{}],
    requestBody: body(facts.createSchema),
    responses: { 200: jsonContent({ type: 'object' }), ...refusals({ ...invalid, ...forbidden }) },
  }),
  'post /:id/api-key/reveal': (facts) => ({
    operationId: `reveal-api-key-${facts.slug}`,
    summary: bilingualSummary('显示 API 密钥', 'Reveal the API key'),
    parameters: [id],
    security: SIGNED_IN,
    responses: {
      200: jsonContent({ type: 'object', properties: { apiKey: { type: 'string' } } }),
      ...refusals(forbidden),
    },
  }),
  // Upload collections.
  'get /file/:filename': (facts) => ({
    operationId: `file-${facts.slug}`,
    summary: bilingualSummary('下载文件', `Download a file of ${facts.slug}`),
    description:
      'Anonymously only while a published document uses it; signed in, the files of documents the user may read. / 匿名仅可下载已发布文档引用的文件。',
    parameters: [pathParameter('filename', 'The stored file name (the document’s `filename`) / 文件名')],
    security: ANYONE,
    responses: {
      200: {
        description: 'The file / 文件',
        content: {
          'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
      },
      ...refusals({ ...forbidden, ...notFound }),
    },
  }),
  'get /paste-url/:id?': (facts) => ({
    operationId: `paste-url-${facts.slug}`,
    summary: bilingualSummary('按网址取文件（内部）', 'Fetch a file from a URL for an upload (admin)'),
    security: SIGNED_IN,
    parameters: [queryParameter('src', { type: 'string', format: 'uri' }, 'The URL / 网址', true)],
    responses: {
      200: { description: 'The file / 文件', content: { 'application/octet-stream': { schema: { type: 'string' } } } },
      ...refusals({ ...invalid, ...forbidden }),
    },
  }),
}

/** Payload's own collections' routes: the jobs queue's runners and the admin's preferences. */
const internal = (
  operationId: string,
  zh: string,
  en: string,
  parameters: OpenApiParameter[] = [],
): OpenApiOperation => ({
  operationId,
  summary: bilingualSummary(zh, en),
  description: 'Payload internal; not for portal clients. / Payload 内部接口，门户无需调用。',
  parameters,
  security: SIGNED_IN,
  responses: { 200: jsonContent({ type: 'object' }), ...refusals({ 401: 'Not allowed / 无权操作' }) },
})

const preferenceKey = pathParameter('key', 'The preference key / 偏好键名')

Object.assign(collectionOperations, {
  'get /run': () =>
    internal('run-jobs', '运行任务队列', 'Run queued jobs', [
      queryParameter('queue', { type: 'string' }, 'The queue / 队列'),
      queryParameter('limit', { type: 'integer', minimum: 1 }, 'How many jobs / 任务数'),
    ]),
  'get /handle-schedules': () =>
    internal('handle-job-schedules', '排定计划任务', 'Queue the scheduled jobs that are due'),
  'get /:key': () =>
    internal('get-preference', '读取偏好', "Read one of the user's admin preferences", [preferenceKey]),
  'post /:key': () =>
    internal('set-preference', '保存偏好', "Save one of the user's admin preferences", [preferenceKey]),
  'delete /:key': () =>
    internal('delete-preference', '删除偏好', "Delete one of the user's admin preferences", [preferenceKey]),
} satisfies Record<string, Builder>)

const globalOperations: Record<string, Builder> = {
  'get /': (facts) => ({
    operationId: `get-global-${facts.slug}`,
    summary: bilingualSummary('读取全局设置', `Read the ${facts.slug} global`),
    parameters: [depth, select, draft],
    security: ANYONE,
    responses: { 200: jsonContent(facts.schema), ...refusals(forbidden) },
  }),
  'post /': (facts) => ({
    operationId: `update-global-${facts.slug}`,
    summary: bilingualSummary('修改全局设置', `Update the ${facts.slug} global`),
    parameters: [depth, draft],
    security: SIGNED_IN,
    requestBody: body(facts.updateSchema),
    responses: { 200: changed(facts.schema, 'Updated / 已修改'), ...refusals({ ...invalid, ...forbidden }) },
  }),
  'post /access': (facts) => ({
    operationId: `access-global-${facts.slug}`,
    summary: bilingualSummary('权限', `What the caller may do with the ${facts.slug} global`),
    security: ANYONE,
    responses: { 200: jsonContent({ type: 'object' }) },
  }),
  'get /versions': (facts) =>
    facts.hasVersions
      ? { ...collectionOperations['get /versions']!(facts)!, operationId: `list-versions-global-${facts.slug}` }
      : undefined,
  'get /versions/:id': (facts) =>
    facts.hasVersions
      ? { ...collectionOperations['get /versions/:id']!(facts)!, operationId: `get-version-global-${facts.slug}` }
      : undefined,
  'post /versions/:id': (facts) =>
    facts.hasVersions
      ? { ...collectionOperations['post /versions/:id']!(facts)!, operationId: `restore-version-global-${facts.slug}` }
      : undefined,
}

const rootOperations: Record<string, Builder> = {
  'get /og': () => ({
    operationId: 'og-image',
    summary: bilingualSummary('分享预览图（管理后台）', "The admin's Open Graph image"),
    security: [{}],
    responses: {
      200: {
        description: 'PNG',
        content: { 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } } },
      },
    },
  }),
  'get /access': () => ({
    operationId: 'access',
    summary: bilingualSummary('全部权限', 'What the caller may do, per collection and global'),
    security: ANYONE,
    responses: { 200: jsonContent({ type: 'object' }) },
  }),
}

/**
 * Payload's own endpoints (sanitize adds them to every collection's and global's `endpoints`), by
 * `method path`: described here, since they carry no fragment. `undefined` from a builder: the route
 * exists but does nothing useful here (versions of an unversioned collection), so it is left out.
 */
export const builtinOperation = (kind: 'collection' | 'global' | 'root', key: string): Builder | undefined =>
  (kind === 'collection' ? collectionOperations : kind === 'global' ? globalOperations : rootOperations)[key]
