import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/lib/database/embeddedPostgres'
import { runChild } from './runChild'

export type BenchDatabase = { url: string; postgresVersion: string; stop: () => Promise<void> }

const DATABASE = 'gongkai_bench'

/**
 * A fresh embedded PostgreSQL for the run (its files in a temp dir, deleted on stop) with one migrated
 * database. Migrations run in a child process, as the launcher runs them: this process never loads Payload.
 */
export const startBenchDatabase = async ({
  rootDir,
  payloadSecret,
}: {
  rootDir: string
  payloadSecret: string
}): Promise<BenchDatabase> => {
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `gongkai-bench-${crypto.randomBytes(4).toString('hex')}`),
    isEphemeral: true,
    // What each statement of a phase cost, for the scale benchmark's publishing (bench/lib/statementCosts.ts).
    settings: { shared_preload_libraries: 'pg_stat_statements' },
  })
  try {
    await cluster.createDatabase(DATABASE)
    const url = cluster.urlFor(DATABASE)
    await runChild({
      rootDir,
      script: 'scripts/launch.ts',
      args: ['migrate'],
      env: { DATABASE_URL: url, PAYLOAD_SECRET: payloadSecret, LOG_LEVEL: 'warn' },
    })
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query('create extension if not exists pg_stat_statements')
    const { rows } = await client.query<{ server_version: string }>('show server_version')
    await client.end()
    return { url, postgresVersion: rows[0]!.server_version, stop: cluster.stop }
  } catch (err) {
    await cluster.stop()
    throw err
  }
}
