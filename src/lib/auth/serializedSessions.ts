import type { CollectionSlug, DatabaseAdapterObj, FindOneArgs, UpdateOneArgs } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { extendAdapter } from '../platform/database/adapter'
import { tableOf } from '../platform/database/tables'
import { mergeSessions, sessionsRead, type SessionsRead, type StoredSession } from './mergeSessions'

type Request = NonNullable<UpdateOneArgs['req']>

/** What each request last read or wrote of each user's sessions, by user id; gone with the request. */
const readByRequest = new WeakMap<Request, Map<string, SessionsRead>>()

const remember = (req: Request, id: number | string, sessions: readonly StoredSession[]) => {
  const byUser = readByRequest.get(req) ?? new Map<string, SessionsRead>()
  byUser.set(String(id), sessionsRead(sessions))
  readByRequest.set(req, byUser)
}

/**
 * Keeps every session of an account under concurrent logins, refreshes and logouts. Payload 3.90 keeps sessions
 * in the user's row (`users_sessions`) and each of its writers (login, refresh, logout, password change and
 * reset) writes back the whole array it read earlier, outside any lock: four logins of one account at once kept
 * one session and their other tokens were refused (payloadcms/payload#16027, #18132; still open upstream).
 *
 * Fixed here from outside, where every writer passes: the adapter. Each request remembers the sessions it read
 * of a user (`findOne` with its `req`); when it writes that user's sessions, the write locks the user's row
 * (`FOR UPDATE`, in the request's transaction), reads the stored sessions again and applies only what this
 * request changed (src/lib/auth/mergeSessions.ts). The lock is the row lock Payload's own write takes anyway,
 * taken before the read instead of after, so it adds no lock that could deadlock with Payload's writes
 * outside the transaction (failed-login counting) and works across app instances.
 */
export const withSerializedSessions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  extendAdapter(adapter, (db) => {
    const findOne = db.findOne.bind(db)
    const updateOne = db.updateOne.bind(db)
    const keepsSessions = (collection: CollectionSlug) =>
      Boolean(db.payload.collections[collection]?.config.auth?.useSessions)

    db.findOne = (async (args: FindOneArgs) => {
      const doc = await findOne<{ id: number | string; sessions?: StoredSession[] }>(args)
      if (args.req && doc && Array.isArray(doc.sessions) && keepsSessions(args.collection))
        remember(args.req, doc.id, doc.sessions)
      return doc
    }) as typeof db.findOne

    db.updateOne = async (args: UpdateOneArgs) => {
      const written = args.data.sessions
      const { req, id } = args
      const read = req && id !== undefined ? readByRequest.get(req)?.get(String(id)) : undefined
      if (!Array.isArray(written) || !req || id === undefined || !read || !keepsSessions(args.collection))
        return updateOne(args)

      const ownTransaction = (await req.transactionID) ? null : await db.beginTransaction()
      const transactionID = ownTransaction ?? (await req.transactionID)
      const session =
        transactionID === undefined || transactionID === null ? undefined : db.sessions[String(transactionID)]
      if (!session) return updateOne(args)
      const inTransaction = ownTransaction === null ? req : { ...req, transactionID: ownTransaction }
      try {
        const users = tableOf({ payload: db.payload }, args.collection)
        await session.db.execute(sql`select 1 from ${users} where ${users.id} = ${id} for update`)
        const stored = await findOne<{ id: number | string; sessions?: StoredSession[] }>({
          collection: args.collection,
          req: inTransaction,
          select: { sessions: true },
          where: { id: { equals: id } },
        })
        const sessions = mergeSessions({ stored: stored?.sessions ?? [], read, written: written as StoredSession[] })
        const result = await updateOne({ ...args, req: inTransaction, data: { ...args.data, sessions } })
        // What the request goes on from is what it wrote (Payload keeps its own copy), not what was merged in.
        remember(req, id, written as StoredSession[])
        if (ownTransaction !== null) await db.commitTransaction(ownTransaction)
        return result
      } catch (err) {
        if (ownTransaction !== null) await db.rollbackTransaction(ownTransaction).catch(() => {})
        throw err
      }
    }
  })
