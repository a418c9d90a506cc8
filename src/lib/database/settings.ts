export type DatabaseSettings = {
  /** Primary (read-write) PostgreSQL. */
  url: string
  /** Read-only replicas; reads are spread over them by the adapter. */
  readReplicas?: string[]
  poolSize: number
}

/**
 * Database settings from the environment. `DATABASE_URL` is set by the launcher (embedded PostgreSQL)
 * when the user gives none. `next build` runs without it: nothing connects at build time.
 */
export const databaseSettings = (env: NodeJS.ProcessEnv = process.env): DatabaseSettings => {
  const replicas = (env.DATABASE_READ_REPLICAS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  return {
    url: env.DATABASE_URL ?? '',
    readReplicas: replicas.length > 0 ? replicas : undefined,
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
  }
}
