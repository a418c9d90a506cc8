import type { AfterErrorHook, CollectionAfterErrorHook } from 'payload'

import { LockedAuth } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'

type Lockout = { maxLoginAttempts: number; lockTime: number }

const isLockedAuth = (error: unknown): boolean =>
  error instanceof LockedAuth || (error instanceof Error && error.name === 'LockedAuth')

/** How many failures locked it, for how long, and that an administrator can unlock it. */
const lockoutMessage = ({ maxLoginAttempts, lockTime }: Lockout): string => {
  const minutes = Math.round(lockTime / 60_000)
  return bilingualMessage(
    `账号已被锁定：连续 ${maxLoginAttempts} 次登录失败。${minutes} 分钟后自动解锁，或请管理员解锁。`,
    `The account is locked after ${maxLoginAttempts} failed sign-ins. It unlocks by itself after ${minutes} minutes, or an administrator can unlock it.`,
  )
}

/**
 * A locked account's sign-in answered with what the person needs (Payload only says "locked", in the admin
 * language). In both languages, so the language plugin (plugins/language) answers each reader in theirs.
 * REST: the users collection's afterError.
 */
export const explainLockout =
  (lockout: Lockout): CollectionAfterErrorHook =>
  ({ error, result }) => {
    if (!isLockedAuth(error) || !result) return
    const message = lockoutMessage(lockout)
    return { response: { ...result, errors: result.errors.map((entry) => ({ ...entry, message })) } }
  }

/**
 * The same for GraphQL's `loginUser`: Payload runs only the config's afterError hooks on GraphQL errors, so
 * this one sits in payload.config.ts, before the language plugin's.
 */
export const explainLockoutInGraphql =
  (lockout: Lockout): AfterErrorHook =>
  ({ error, graphqlResult }) => {
    const cause = (error as { originalError?: unknown }).originalError ?? error
    if (!graphqlResult || !isLockedAuth(cause)) return
    return { graphqlResult: { ...graphqlResult, message: lockoutMessage(lockout) } }
  }
