import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Drizzle } from '../../platform/database/adapter'

import { carriesCredentials } from '../../api/credentials'
import { replicasOf } from '../../platform/database/adapter'

type ReadArgs = { collection?: CollectionSlug; req?: Partial<PayloadRequest> }

// The adapter's read methods; each gets the request it serves. Writes already use the primary.
const READ_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

const readsOnReplicas = new AsyncLocalStorage<true>()

/**
 * Who may read a replica: an anonymous caller of the REST or GraphQL API. Signed-in readers, the request
 * that authenticates them, logins (accounts are read on the primary), the portal's server rendering, jobs
 * and hooks of the Local API read the primary; so does any read Payload hands the adapter without its
 * request (findByID passes only the transaction), since nobody can tell whose it is.
 */
const isAnonymousApiRead = ({ collection, req }: ReadArgs): boolean => {
  if (!req?.headers || req.user) return false
  if (collection && req.payload?.collections[collection]?.config.auth) return false
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return false
  return !carriesCredentials(req.headers, req.payload?.config.cookiePrefix || 'payload')
}

/**
 * Reads go to the primary unless they are an anonymous API read: drizzle's replica router (rebuilt after
 * each connect) picks a replica only inside such a read. Scoped with `run()`, never `enterWith()`: a hook
 * that entered a context leaked it into the caller's flow and on into later, anonymous requests.
 */
export const routeReads = (adapter: PostgresAdapter): void => {
  const connect = adapter.connect
  adapter.connect = async function (options) {
    await connect?.call(this, options)
    const primary = adapter.primaryDrizzle
    const replicas = replicasOf(adapter)
    if (!primary || replicas.length === 0) return
    adapter.drizzle = withReplicas(primary, replicas as [Drizzle, ...Drizzle[]], (candidates) =>
      readsOnReplicas.getStore() ? (candidates[Math.floor(Math.random() * candidates.length)] ?? primary) : primary,
    ) as unknown as Drizzle
  }

  for (const method of READ_METHODS) {
    const read = adapter[method] as (this: PostgresAdapter, args: ReadArgs) => Promise<unknown>
    ;(adapter as unknown as Record<string, unknown>)[method] = function (this: PostgresAdapter, args: ReadArgs) {
      return isAnonymousApiRead(args ?? {})
        ? readsOnReplicas.run(true, () => read.call(this, args))
        : read.call(this, args)
    }
  }
}
