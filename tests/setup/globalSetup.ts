import type { TestProject } from 'vitest/node'

import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/lib/database/embeddedPostgres'

const rootDir = path.resolve(import.meta.dirname, '../..')

/**
 * One real PostgreSQL per test run: a fresh embedded cluster, or a throw-away database on the server
 * that DATABASE_URL names. Migrated once here; every test file then boots Payload against it.
 */
export default async function setup(_project: TestProject) {
  const runId = crypto.randomBytes(4).toString('hex')
  const database = `gongkai_test_${runId}`
  let stopServer = async () => {}
  let url: string

  const external = process.env.DATABASE_URL
  if (external) {
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`create database "${database}"`)
    await admin.end()
    const target = new URL(external)
    target.pathname = `/${database}`
    url = target.toString()
    stopServer = async () => {
      const client = new pg.Client({ connectionString: external })
      await client.connect()
      await client.query(`drop database if exists "${database}" with (force)`)
      // Suites on a config of their own have their own databases, named after the run's (tests/helpers/pluginConfig.ts).
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where starts_with(datname, $1)`,
        [`${database}_`],
      )
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`)
      await client.end()
    }
  } else {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `gongkai-test-${runId}`),
      isEphemeral: true,
    })
    await cluster.createDatabase(database)
    url = cluster.urlFor(database)
    stopServer = cluster.stop
  }

  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET = `test-secret-${runId}`
  // tests/helpers/appServer.ts builds the app once per run, keyed by this.
  process.env.GONGKAI_TEST_RUN_ID = runId
  process.env.LOG_LEVEL ??= 'warn'
  // Tests run jobs themselves: a cron in one test process would take another's jobs and, when its file ends,
  // leave them marked as processing.
  process.env.PORTAL_JOBS_AUTORUN ??= 'false'
  process.env.MEDIA_DIR = path.join(os.tmpdir(), `gongkai-test-media-${runId}`)

  // In a child process: loading Payload inside the test runner's own module runner can deadlock.
  const migration = spawnSync('npx', ['tsx', 'scripts/launch.ts', 'migrate'], {
    cwd: rootDir,
    env: process.env,
    encoding: 'utf8',
  })
  if (migration.status !== 0) {
    await stopServer()
    throw new Error(`migrations failed:\n${migration.stdout}\n${migration.stderr}`)
  }

  return async () => {
    await stopServer()
  }
}
