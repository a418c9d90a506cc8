import type { CollectionAfterErrorHook } from 'payload'

import { LockedAuth } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'

type Lockout = { maxLoginAttempts: number; lockTime: number }

/**
 * A locked account's sign-in answered with what the person needs: how many failures locked it, for how long,
 * and that an administrator can unlock it (Payload only says "locked", in the admin language). In both
 * languages, so the language plugin (plugins/language) answers each reader in theirs.
 */
export const explainLockout =
  ({ maxLoginAttempts, lockTime }: Lockout): CollectionAfterErrorHook =>
  ({ error, result }) => {
    if (!(error instanceof LockedAuth || error.name === 'LockedAuth') || !result) return
    const minutes = Math.round(lockTime / 60_000)
    const message = bilingualMessage(
      `账号已被锁定：连续 ${maxLoginAttempts} 次登录失败。${minutes} 分钟后自动解锁，或请管理员解锁。`,
      `The account is locked after ${maxLoginAttempts} failed sign-ins. It unlocks by itself after ${minutes} minutes, or an administrator can unlock it.`,
    )
    return { response: { ...result, errors: result.errors.map((entry) => ({ ...entry, message })) } }
  }
