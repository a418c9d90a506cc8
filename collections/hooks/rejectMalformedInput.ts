import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  GlobalBeforeOperationHook,
  GlobalConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { NotFound } from 'payload'

import type { Reference, ShapeError } from '../validation/inputShape'

import { MAX_ID } from '../../src/lib/platform/ids'
import { InputRefused } from '../../src/lib/platform/input/inputRefused'
import { findUnsafeText } from '../../src/lib/platform/input/unsafeText'
import { bilingualMessage } from '../../src/lib/platform/labels'
import { checkInputShape } from '../validation/inputShape'
import { listBoundErrors } from '../validation/listBounds'
import { checkWhereOperands } from '../validation/whereOperands'

/** The operations that read pages of documents (by id reads carry no limit and pass the bounds). */
const LIST_READS = new Set<string>(['read', 'findVersions', 'readDistinct'])

/** A 400 in Payload's validation shape (`errors[0].data.errors[{ path, message }]`), so clients read one format. */
const refuse = (errors: ShapeError[]) => new InputRefused(errors)

/**
 * A read a client asked for over REST or GraphQL, not one the server makes for it. Payload's REST handlers and
 * GraphQL resolvers call the operation without `overrideAccess`; the Local API always passes it (default true),
 * and every read made during a request (relationship validation and population, our hooks) goes through it,
 * keeping the request's `payloadAPI`.
 */
const isClientRead = (args: { overrideAccess?: boolean }, req: PayloadRequest) =>
  req.payloadAPI !== 'local' && args.overrideAccess === undefined

/** Path ids arrive parsed with parseFloat: "abc" is NaN, "1.5" a fraction; neither may reach PostgreSQL. */
const checkID = (id: unknown, req: PayloadRequest) => {
  if (id === undefined || id === null) return
  const number = typeof id === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(id) ? Number(id) : id
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    throw refuse([{ path: 'id', message: bilingualMessage('文档编号应为整数', 'the id must be a whole number') }])
  }
  // A whole number no integer column holds: no such document.
  if (Math.abs(number) > MAX_ID) throw new NotFound(req.t)
}

const checkPage = (page: unknown) => {
  if (page === undefined || page === null) return
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 0) {
    throw refuse([
      { path: 'page', message: bilingualMessage('页码应为正整数', 'page must be a positive whole number') },
    ])
  }
}

/** Ids that name no document (a foreign key violation later, a 500): one query per collection referenced. */
const missingReferences = async (references: Reference[], req: PayloadRequest): Promise<ShapeError[]> => {
  const byCollection = new Map<CollectionSlug, Reference[]>()
  for (const reference of references)
    byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  const errors: ShapeError[] = []
  for (const [collection, refs] of byCollection) {
    const ids = [...new Set(refs.map((ref) => ref.id))]
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((doc) => (doc as { id: number }).id))
    for (const ref of refs) {
      if (!found.has(ref.id)) {
        errors.push({
          path: ref.path,
          message: bilingualMessage(`所选文档（编号 ${ref.id}）不存在`, `no document has the id ${ref.id}`),
        })
      }
    }
  }
  return errors
}

/**
 * Refuses malformed input at the door of every operation, before Payload turns it into a database
 * error: ids that are not whole numbers, negative pages, query values an integer column cannot
 * compare, list reads without bounds (listBounds.ts), and writes whose body is not an object, whose values
 * have the wrong shape or name documents that do not exist, or that hold text no field may (a NUL character,
 * a `data:` or `javascript:` link: src/lib/platform/input/unsafeText.ts). Each refusal is a 400 naming the
 * field, in Chinese and English.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { id, page, where, data } = args as { id?: unknown; page?: unknown; where?: unknown; data?: unknown }
  checkID(id, req)
  checkPage(page)
  const whereErrors = checkWhereOperands(collection.flattenedFields, where)
  if (whereErrors.length) throw refuse(whereErrors)
  const listArgs = args as { overrideAccess?: boolean; limit?: unknown; pagination?: unknown; depth?: unknown }
  if (LIST_READS.has(operation) && isClientRead(listArgs, req)) {
    const boundErrors = listBoundErrors(listArgs, Boolean(req.user))
    if (boundErrors.length) throw refuse(boundErrors)
  }
  if (operation === 'create' || operation === 'update') {
    const { errors, references } = checkInputShape(collection.flattenedFields, data)
    if (errors.length) throw refuse(errors)
    const unsafe = findUnsafeText(data)
    if (unsafe.length) throw refuse(unsafe)
    const missing = await missingReferences(references, req)
    if (missing.length) throw refuse(missing)
  }
  return args
}

/** Adds the input checks to a collection, ahead of its own beforeOperation hooks. */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [rejectMalformedInput, ...(collection.hooks?.beforeOperation ?? [])] },
})

/** What globals take of the same checks: their writes hold no text a field may not (site settings). */
export const rejectUnsafeGlobalInput: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update') {
    const unsafe = findUnsafeText((args as { data?: unknown }).data)
    if (unsafe.length) throw refuse(unsafe)
  }
  return args
}

/** Adds the input checks to a global, ahead of its own beforeOperation hooks. */
export const withGlobalInputChecks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [rejectUnsafeGlobalInput, ...(global.hooks?.beforeOperation ?? [])] },
})

/**
 * The checks on every collection and global, the plugins' included (bulletin issues, webhooks: without them a
 * NUL in a title was a 500 and an object stored as its JSON text). A step of the plugin list, placed after the
 * plugins that add collections and before the language plugin, which must see every hook's messages.
 */
export const inputChecks = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map(withInputChecks),
  globals: config.globals?.map(withGlobalInputChecks),
})
