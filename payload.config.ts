import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ApprovalServices } from './collections/ApprovalServices'
import { Categories } from './collections/Categories'
import { DisclosureItems } from './collections/DisclosureItems'
import { Institutions } from './collections/Institutions'
import { Media } from './collections/Media'
import { Officials } from './collections/Officials'
import { Policies } from './collections/Policies'
import { Users } from './collections/Users'
import { migrations } from './migrations'
import { catalogueNumbering } from './plugins/catalogue-numbering'
import { portalPublishing } from './plugins/portal-publishing'
import { databaseSettings } from './src/lib/database/settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = databaseSettings()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · 公开 Gongkai' },
    // The portal's draft-mode route shows the saved draft beside the editor; it checks the editor's session.
    livePreview: {
      url: ({ data, collectionConfig }) => `/preview?collection=${collectionConfig?.slug ?? ''}&id=${data?.id ?? ''}`,
      collections: ['disclosure-items', 'policies', 'approval-services'],
    },
  },
  collections: [DisclosureItems, Policies, ApprovalServices, Officials, Institutions, Categories, Media, Users],
  editor: lexicalEditor(),
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  db: postgresAdapter({
    pool: { connectionString: database.url, max: database.poolSize },
    readReplicas: database.readReplicas,
    // Schema changes go through committed migrations only, so no database is ever half pushed, half migrated.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  plugins: [
    catalogueNumbering({
      collections: ['disclosure-items', 'policies', 'approval-services'],
      disabled: process.env.CATALOGUE_NUMBERING_DISABLED === 'true',
    }),
    portalPublishing({
      collections: ['disclosure-items', 'policies', 'approval-services'],
      // A separate worker (`payload jobs:run --queue portal-publishing`) can take the queue instead.
      autoRun: process.env.PORTAL_JOBS_AUTORUN !== 'false',
      disabled: process.env.PORTAL_PUBLISHING_DISABLED === 'true',
    }),
  ],
  sharp,
  telemetry: false,
  // LOG_LEVEL=warn keeps test and benchmark output readable; the default is info.
  logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
})
