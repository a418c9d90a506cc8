import type { Payload, Where } from 'payload'

import type { Actor, Door } from './matrix'

import { graphql, rest } from '../../helpers/http'

/**
 * One way of calling Payload per door, all answering in the same shape, so that a matrix cell can be
 * asserted the same way through the Local API (`overrideAccess: false`), REST and GraphQL.
 */

export type Slug =
  | 'disclosure-items'
  | 'policies'
  | 'approval-services'
  | 'officials'
  | 'institutions'
  | 'categories'
  | 'media'
  | 'users'
  | 'disclosure-requests'
  | 'annual-reports'

/** Who calls: a token for REST and GraphQL, the user document for the Local API; neither when anonymous. */
export type Caller = {
  actor: Actor
  token?: string
  user?: Record<string, unknown> & { id: number; collection: 'users' }
}

export type FieldError = { path?: string; message: string }

export type Outcome =
  | { ok: true; status: number; doc: Record<string, any> }
  | { ok: false; status: number; message: string; errors: FieldError[] }

export type ListOutcome =
  { ok: true; status: number; ids: number[]; docs: Array<Record<string, any>> } | Extract<Outcome, { ok: false }>

export type CountOutcome = { ok: true; status: number; totalDocs: number } | Extract<Outcome, { ok: false }>

const graphqlNames: Record<Slug, { one: string; many: string }> = {
  'disclosure-items': { one: 'DisclosureItem', many: 'DisclosureItems' },
  policies: { one: 'Policy', many: 'Policies' },
  'approval-services': { one: 'ApprovalService', many: 'ApprovalServices' },
  officials: { one: 'Official', many: 'Officials' },
  institutions: { one: 'Institution', many: 'Institutions' },
  categories: { one: 'Category', many: 'Categories' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  'disclosure-requests': { one: 'DisclosureRequest', many: 'DisclosureRequests' },
  'annual-reports': { one: 'AnnualReport', many: 'AnnualReports' },
}

export const graphqlNameOf = (slug: Slug) => graphqlNames[slug]

/** Select fields become GraphQL enums, whose names cannot hold a hyphen: `on-request` → `on_request`. */
const enumFields = new Set(['_status', 'disclosureMethod', 'form', 'kind', 'level', 'roles', 'serviceType'])

const toEnumName = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/-/g, '_')
    : Array.isArray(value)
      ? value.map(toEnumName)
      : mapObject(value, toEnumName)

const mapObject = (value: unknown, map: (entry: unknown) => unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, map(entry)]))
    : value

export const toGraphQLInput = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toGraphQLInput)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, enumFields.has(key) ? toEnumName(entry) : toGraphQLInput(entry)]),
  )
}

/**
 * GraphQL spells where clauses its own way: `AND`/`OR` in capitals, enum names for select values, and
 * no `in` operator on ids (written here as an `OR` of `equals`).
 */
export const toGraphQLWhere = (where: Where): Record<string, unknown> => {
  const parts = Object.entries(where).map(([key, value]): Record<string, unknown> => {
    if (key === 'and' || key === 'or') return { [key.toUpperCase()]: (value as Where[]).map(toGraphQLWhere) }
    if (key === 'id' && value && typeof value === 'object' && 'in' in value) {
      return { OR: (value.in as number[]).map((id) => ({ id: { equals: id } })) }
    }
    return { [key]: enumFields.has(key) ? toEnumName(value) : value }
  })
  return parts.length === 1 ? parts[0]! : { AND: parts }
}

/** `{ where: { id: { in: [1, 2] } } }` → `where[id][in][0]=1&where[id][in][1]=2`, as qs writes it. */
export const toQueryString = (params: Record<string, unknown>, prefix = ''): string =>
  Object.entries(params)
    .flatMap(([key, value]) => {
      const name = prefix ? `${prefix}[${key}]` : key
      if (value === undefined) return []
      if (value !== null && typeof value === 'object') return [toQueryString(value as Record<string, unknown>, name)]
      return [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`]
    })
    .filter(Boolean)
    .join('&')

const failure = (status: number, message: string, errors: FieldError[] = []): Extract<Outcome, { ok: false }> => ({
  ok: false,
  status,
  message,
  errors,
})

type RestResponse = { status: number; json: any }
type GraphQLResponse = { status: number; json: { data?: any; errors?: any[] } }

const restFailure = (response: RestResponse) => {
  const error = response.json?.errors?.[0]
  return failure(response.status, error?.message ?? '', error?.data?.errors ?? [])
}

const fromRest = (response: RestResponse): Outcome =>
  response.status >= 200 && response.status < 300
    ? { ok: true, status: response.status, doc: response.json?.doc ?? response.json }
    : restFailure(response)

const graphQLFailure = (response: GraphQLResponse) => {
  const error = response.json.errors?.[0]
  return error
    ? failure(
        error.extensions?.statusCode ?? response.status,
        error.message ?? '',
        error.extensions?.data?.errors ?? [],
      )
    : undefined
}

const fromGraphQL = (response: GraphQLResponse, field: string): Outcome => {
  const doc = response.json.data?.[field]
  return graphQLFailure(response) ?? (doc ? { ok: true, status: 200, doc } : failure(404, 'null result'))
}

const fromThrown = (error: unknown): Extract<Outcome, { ok: false }> => {
  const thrown = error as { status?: number; message?: string; data?: { errors?: FieldError[] } }
  if (typeof thrown?.status !== 'number') throw error
  return failure(thrown.status, thrown.message ?? '', thrown.data?.errors ?? [])
}

const localAccess = (caller: Caller) => ({ overrideAccess: false, user: caller.user, depth: 0 })

type ReadOptions = { draft?: boolean; fields?: string[] }

const selection = (fields: string[] = []) => ['id', ...fields].join(' ')

export const findByID = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  id: number,
  { draft, fields }: ReadOptions = {},
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return {
          ok: true,
          status: 200,
          doc: await payload.findByID({ collection: slug, id, draft, ...localAccess(caller) }),
        }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(
        await rest('GET', `/${slug}/${id}?${toQueryString({ depth: 0, draft })}`, { token: caller.token }),
      )
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(
        `query ($id: Int!, $draft: Boolean) { ${one}(id: $id, draft: $draft) { ${selection(fields)} } }`,
        {
          token: caller.token,
          variables: { id, draft },
        },
      )
      return fromGraphQL(response, one)
    }
  }
}

/**
 * Every page of a list read over REST or GraphQL: clients cannot turn pagination off (collections/validation/
 * listBounds.ts), so the doors read page by page until the last, and a test still sees every matching document.
 */
const PAGE_LIMIT = 100

const allPages = async (
  readPage: (page: number) => Promise<{ failed?: ListOutcome; docs: Array<Record<string, any>>; totalPages: number }>,
  listed: (docs: Array<Record<string, any>>) => ListOutcome,
): Promise<ListOutcome> => {
  const docs: Array<Record<string, any>> = []
  for (let page = 1; ; page++) {
    const result = await readPage(page)
    if (result.failed) return result.failed
    docs.push(...result.docs)
    if (page >= result.totalPages) return listed(docs)
  }
}

export const find = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  where: Where,
  { draft, fields, sort }: ReadOptions & { sort?: string } = {},
): Promise<ListOutcome> => {
  const listed = (status: number, docs: Array<Record<string, any>>): ListOutcome => ({
    ok: true,
    status,
    docs,
    ids: docs.map((doc) => doc.id as number),
  })
  switch (door) {
    case 'local':
      try {
        const result = await payload.find({
          collection: slug,
          where,
          draft,
          sort,
          pagination: false,
          ...localAccess(caller),
        })
        return listed(200, result.docs as Array<Record<string, any>>)
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return allPages(
        async (page) => {
          const response = await rest(
            'GET',
            `/${slug}?${toQueryString({ where, draft, sort, depth: 0, limit: PAGE_LIMIT, page })}`,
            { token: caller.token },
          )
          return response.status === 200
            ? { docs: response.json.docs, totalPages: response.json.totalPages }
            : { failed: restFailure(response), docs: [], totalPages: 0 }
        },
        (docs) => listed(200, docs),
      )
    case 'graphql': {
      const { one, many } = graphqlNameOf(slug)
      return allPages(
        async (page) => {
          const response = await graphql(
            `query ($where: ${one}_where, $draft: Boolean, $sort: String, $page: Int) { ${many}(where: $where, draft: $draft, sort: $sort, limit: ${PAGE_LIMIT}, page: $page) { totalPages docs { ${selection(fields)} } } }`,
            { token: caller.token, variables: { where: toGraphQLWhere(where), draft, sort, page } },
          )
          const failed = graphQLFailure(response)
          return failed
            ? { failed, docs: [], totalPages: 0 }
            : { docs: response.json.data[many].docs, totalPages: response.json.data[many].totalPages }
        },
        (docs) => listed(200, docs),
      )
    }
  }
}

export const count = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  where: Where,
): Promise<CountOutcome> => {
  switch (door) {
    case 'local':
      try {
        const { totalDocs } = await payload.count({ collection: slug, where, overrideAccess: false, user: caller.user })
        return { ok: true, status: 200, totalDocs }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest': {
      const response = await rest('GET', `/${slug}/count?${toQueryString({ where })}`, { token: caller.token })
      return response.status === 200
        ? { ok: true, status: 200, totalDocs: response.json.totalDocs }
        : restFailure(response)
    }
    case 'graphql': {
      const { one, many } = graphqlNameOf(slug)
      const field = `count${many}`
      const response = await graphql(`query ($where: ${one}_where) { ${field}(where: $where) { totalDocs } }`, {
        token: caller.token,
        variables: { where: toGraphQLWhere(where) },
      })
      return graphQLFailure(response) ?? { ok: true, status: 200, totalDocs: response.json.data[field].totalDocs }
    }
  }
}

type WriteOptions = { draft?: boolean; fields?: string[] }

export const create = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  data: Record<string, unknown>,
  { draft, fields }: WriteOptions = {},
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return {
          ok: true,
          status: 201,
          doc: await payload.create({ collection: slug, data: data as never, draft, ...localAccess(caller) }),
        }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(
        await rest('POST', `/${slug}?${toQueryString({ depth: 0, draft })}`, { token: caller.token, body: data }),
      )
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(
        `mutation ($data: mutation${one}Input!, $draft: Boolean) { create${one}(data: $data, draft: $draft) { ${selection(fields)} } }`,
        { token: caller.token, variables: { data: toGraphQLInput(data), draft } },
      )
      return fromGraphQL(response, `create${one}`)
    }
  }
}

export const update = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  id: number,
  data: Record<string, unknown>,
  { draft, fields }: WriteOptions = {},
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return {
          ok: true,
          status: 200,
          doc: await payload.update({ collection: slug, id, data: data as never, draft, ...localAccess(caller) }),
        }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(
        await rest('PATCH', `/${slug}/${id}?${toQueryString({ depth: 0, draft })}`, {
          token: caller.token,
          body: data,
        }),
      )
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(
        `mutation ($id: Int!, $data: mutation${one}UpdateInput!, $draft: Boolean) { update${one}(id: $id, data: $data, draft: $draft) { ${selection(fields)} } }`,
        { token: caller.token, variables: { id, data: toGraphQLInput(data), draft } },
      )
      return fromGraphQL(response, `update${one}`)
    }
  }
}

export const remove = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: Slug,
  id: number,
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return { ok: true, status: 200, doc: await payload.delete({ collection: slug, id, ...localAccess(caller) }) }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(await rest('DELETE', `/${slug}/${id}?depth=0`, { token: caller.token }))
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(`mutation ($id: Int!) { delete${one}(id: $id) { id } }`, {
        token: caller.token,
        variables: { id },
      })
      return fromGraphQL(response, `delete${one}`)
    }
  }
}

// Versions ---------------------------------------------------------------------------------------

type VersionSlug = Extract<Slug, 'disclosure-items' | 'policies' | 'approval-services' | 'officials' | 'institutions'>

/** The versions of documents, each as `{ id, parent, version }` with the version's `fields`. */
export const findVersions = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: VersionSlug,
  where: Where,
  fields: string[],
): Promise<ListOutcome> => {
  const listed = (docs: Array<Record<string, any>>): ListOutcome => ({
    ok: true,
    status: 200,
    docs,
    ids: docs.map((doc) => doc.id as number),
  })
  switch (door) {
    case 'local':
      try {
        const result = await payload.findVersions({
          collection: slug,
          where,
          pagination: false,
          ...localAccess(caller),
        })
        return listed(result.docs as Array<Record<string, any>>)
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return allPages(async (page) => {
        const response = await rest(
          'GET',
          `/${slug}/versions?${toQueryString({ where, depth: 0, limit: PAGE_LIMIT, page })}`,
          { token: caller.token },
        )
        return response.status === 200
          ? { docs: response.json.docs, totalPages: response.json.totalPages }
          : { failed: restFailure(response), docs: [], totalPages: 0 }
      }, listed)
    case 'graphql': {
      const { one, many } = graphqlNameOf(slug)
      return allPages(async (page) => {
        const response = await graphql(
          `query ($where: versions${one}_where, $page: Int) { versions${many}(where: $where, limit: ${PAGE_LIMIT}, page: $page) { totalPages docs { id version { ${fields.join(' ')} } } } }`,
          { token: caller.token, variables: { where: toGraphQLWhere(where), page } },
        )
        const failed = graphQLFailure(response)
        const result = response.json.data?.[`versions${many}`]
        return failed ? { failed, docs: [], totalPages: 0 } : { docs: result.docs, totalPages: result.totalPages }
      }, listed)
    }
  }
}

export const findVersionByID = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: VersionSlug,
  id: number,
  fields: string[],
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return {
          ok: true,
          status: 200,
          doc: await payload.findVersionByID({ collection: slug, id: String(id), ...localAccess(caller) }),
        }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(await rest('GET', `/${slug}/versions/${id}?depth=0`, { token: caller.token }))
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(
        `query ($id: Int!) { version${one}(id: $id) { id version { ${fields.join(' ')} } } }`,
        {
          token: caller.token,
          variables: { id },
        },
      )
      return fromGraphQL(response, `version${one}`)
    }
  }
}

/** Makes an old version the document's current content again. */
export const restoreVersion = async (
  payload: Payload,
  door: Door,
  caller: Caller,
  slug: VersionSlug,
  id: number,
): Promise<Outcome> => {
  switch (door) {
    case 'local':
      try {
        return {
          ok: true,
          status: 200,
          doc: await payload.restoreVersion({ collection: slug, id: String(id), ...localAccess(caller) }),
        }
      } catch (error) {
        return fromThrown(error)
      }
    case 'rest':
      return fromRest(await rest('POST', `/${slug}/versions/${id}?depth=0`, { token: caller.token }))
    case 'graphql': {
      const { one } = graphqlNameOf(slug)
      const response = await graphql(`mutation ($id: Int!) { restoreVersion${one}(id: $id) { id } }`, {
        token: caller.token,
        variables: { id },
      })
      return fromGraphQL(response, `restoreVersion${one}`)
    }
  }
}

/** A refusal: 403, or 404 where a query constraint hides the document altogether. */
export const isRefusal = (outcome: Outcome | ListOutcome | CountOutcome): boolean =>
  !outcome.ok && [403, 404].includes(outcome.status)
