import path from 'node:path'

import { startEmbeddedPostgres } from './embeddedPostgres'

export type ReadyDatabase = {
  url: string
  /** True when this process started an embedded cluster (and must stop it). */
  isEmbedded: boolean
  stop: () => Promise<void>
}

const EMBEDDED_DATABASE = 'gongkai'

/**
 * `DATABASE_URL` when given (any external PostgreSQL); otherwise the embedded cluster whose files
 * live under `.data/postgres` (or `EMBEDDED_POSTGRES_DIR`), so `npm run dev` works on a fresh clone with nothing installed.
 */
export const ensureDatabase = async ({
  rootDir,
  onLog,
}: {
  rootDir: string
  onLog?: (message: string) => void
}): Promise<ReadyDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} }
  }
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR || path.join(rootDir, '.data', 'postgres')
  const cluster = await startEmbeddedPostgres({ dataDir, onLog })
  await cluster.createDatabase(EMBEDDED_DATABASE)
  return { url: cluster.urlFor(EMBEDDED_DATABASE), isEmbedded: true, stop: cluster.stop }
}
