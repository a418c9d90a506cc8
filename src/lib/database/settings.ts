export type DatabaseSettings = {
  /** Primary (read-write) PostgreSQL. */
  url: string
  /** Read-only replicas; reads are spread over them by the adapter. */
  readReplicas?: string[]
  poolSize: number
  /**
   * What every connection of this process is called in `pg_stat_activity`, `gongkai:<pid>`, so the
   * connections an instance holds (or left behind) can be told apart from another instance's.
   */
  applicationName: string
  /**
   * PostgreSQL ends a session left idle inside a transaction this long (milliseconds; 0: never): a safety
   * net under the rollbacks in code, so a connection a bug leaves in a transaction comes back to the pool.
   */
  idleInTransactionTimeoutMs: number
}

const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000

/**
 * Database settings from the environment. `DATABASE_URL` is set by the launcher (embedded PostgreSQL)
 * when the user gives none. `next build` runs without it: nothing connects at build time.
 */
export const databaseSettings = (env: NodeJS.ProcessEnv = process.env): DatabaseSettings => {
  const replicas = (env.DATABASE_READ_REPLICAS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  const idleTimeout = Number(env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS)
  return {
    url: env.DATABASE_URL ?? '',
    readReplicas: replicas.length > 0 ? replicas : undefined,
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
    applicationName: `gongkai:${process.pid}`,
    idleInTransactionTimeoutMs:
      Number.isFinite(idleTimeout) && idleTimeout >= 0 ? idleTimeout : DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  }
}
