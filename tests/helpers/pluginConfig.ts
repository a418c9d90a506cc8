import type { CollectionConfig, GlobalConfig, Plugin, SanitizedConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import pg from 'pg'
import sharp from 'sharp'

import { withPoolErrorsLogged } from '../../src/lib/database/poolErrors'
import { emailAdapter } from '../../src/lib/email'

export type PluginTestConfigArgs = {
  /** Names the suite's database (with the run's and the process's), e.g. 'numbering'. */
  name: string
  /** The collections the plugin works on, and those their relationships point to. */
  collections: CollectionConfig[]
  globals?: GlobalConfig[]
  /** The plugin under test, and what it must follow or precede, in the app's order. */
  plugins: Plugin[]
}

/**
 * A database of its own in the run's PostgreSQL, dropped with the run (globalSetup drops the run database's
 * siblings): the suite's schema is pushed from its own config, which the project's migrations (written for the
 * whole app) do not describe.
 */
const createSuiteDatabase = async (name: string): Promise<string> => {
  const runUrl = new URL(process.env.DATABASE_URL!)
  const database = `${runUrl.pathname.slice(1)}_${name}_${process.pid}`
  const admin = new pg.Client({ connectionString: runUrl.toString() })
  await admin.connect()
  try {
    await admin.query(`drop database if exists "${database}" with (force)`)
    await admin.query(`create database "${database}"`)
  } finally {
    await admin.end()
  }
  runUrl.pathname = `/${database}`
  return runUrl.toString()
}

/**
 * The config a plugin's suite boots, as Payload's own test/plugin-* suites do: just the collections the plugin needs
 * and the plugin, so the suite says what it runs with instead of switching the rest of the app off.
 */
export const pluginTestConfig = async ({
  name,
  collections,
  globals = [],
  plugins,
}: PluginTestConfigArgs): Promise<SanitizedConfig> =>
  buildConfig({
    admin: { user: 'users' },
    collections,
    globals,
    plugins,
    editor: lexicalEditor(),
    email: emailAdapter(),
    i18n: { fallbackLanguage: 'zh', supportedLanguages: { zh, en } },
    secret: process.env.PAYLOAD_SECRET!,
    db: withPoolErrorsLogged(
      postgresAdapter({ pool: { connectionString: await createSuiteDatabase(name), max: 10 }, push: true }),
    ),
    jobs: { autoRun: [], shouldAutoRun: () => false },
    sharp,
    telemetry: false,
    logger: { options: { level: process.env.LOG_LEVEL ?? 'warn' } },
  })
