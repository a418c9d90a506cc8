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
import { explainLockoutInGraphql } from './collections/hooks/explainLockout'
import { inputChecks } from './collections/hooks/rejectMalformedInput'
import { Institutions } from './collections/Institutions'
import { Media } from './collections/Media'
import { Officials } from './collections/Officials'
import { Policies } from './collections/Policies'
import { loginLockout, Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { migrations } from './migrations'
import { annualReport } from './plugins/annual-report'
import { bulletin } from './plugins/bulletin'
import { catalogueNumbering } from './plugins/catalogue-numbering'
import { contentSecurity } from './plugins/content-security'
import { disclosureRequests } from './plugins/disclosure-requests'
import { readerLanguage } from './plugins/language'
import { portalPublishing } from './plugins/portal-publishing'
import { timeliness } from './plugins/timeliness'
import { recordFindingAcceptance, workflowApproval } from './plugins/workflow-approval'
import { docsEndpoint } from './src/lib/api/docsEndpoint'
import { openApiEndpoint } from './src/lib/api/openApiEndpoint'
import { csrfOrigins } from './src/lib/auth/csrfOrigins'
import { withSerializedSessions } from './src/lib/auth/serializedSessions'
import { closeOnShutdown } from './src/lib/database/closePayload'
import { withPoolErrorsLogged } from './src/lib/database/poolErrors'
import { readReplicaConsistency } from './src/lib/database/readReplicas'
import { databaseSettings } from './src/lib/database/settings'
import { emailAdapter } from './src/lib/email'
import { withExclusiveJobClaims } from './src/lib/jobs/exclusiveClaims'
import { releasingStaleJobs } from './src/lib/jobs/releaseStaleJobs'
import { runnerSchedule } from './src/lib/jobs/runnerSchedule'
import { demoteRefusalsLoggedAsErrors, refusalLoggingLevels } from './src/lib/logging/refusals'
import { DATE_TIME_FORMAT } from './src/lib/platform/dates'
import { withSafeLinks } from './src/lib/platform/input/safeLinkFeature'
import { appWorkflows } from './src/workflows'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = databaseSettings()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · 公开 Gongkai' },
    // Payload's own icon: Gravatar would be a broken image on a government intranet with no way out.
    avatar: 'default',
    // Created/updated columns and any date without its own format: with the year, 24-hour clock (src/lib/platform/dates.ts).
    dateFormat: DATE_TIME_FORMAT,
    timezones: {
      defaultTimezone: 'Asia/Shanghai',
      supportedTimezones: [{ label: '北京时间 Asia/Shanghai', value: 'Asia/Shanghai' }],
    },
    // The portal's draft-mode route shows the saved draft beside the editor; it checks the editor's session.
    livePreview: {
      url: ({ data, collectionConfig }) => `/preview?collection=${collectionConfig?.slug ?? ''}&id=${data?.id ?? ''}`,
      collections: ['disclosure-items', 'policies', 'approval-services'],
    },
  },
  // Malformed input is refused at every operation's door with a 400 naming the field (never a 500): inputChecks() below.
  collections: [DisclosureItems, Policies, ApprovalServices, Officials, Institutions, Categories, Media, Users],
  // The portal's header and footer (name, emblem, 主办单位, filing numbers); portal-publishing expires the pages when it changes.
  globals: [SiteSettings],
  // Links only to http(s), mailto, tel or the site itself, checked in the editor's link drawer (and at the API's door).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => withSafeLinks(defaultFeatures) }),
  email: emailAdapter(),
  jobs: {
    // Notifications and scheduled publication run in every app process (npm run dev / npm start), every
    // JOBS_INTERVAL_SECONDS taking JOBS_BATCH_SIZE jobs; each job is claimed by one instance (src/lib/jobs/
    // exclusiveClaims.ts). Test runs drive the queue themselves (payload.jobs.run); JOBS_AUTORUN=false turns it off.
    autoRun: [{ ...runnerSchedule(), queue: 'workflow' }],
    // Where runners run, jobs a stopped runner left `processing` go back to the queue (src/lib/jobs).
    shouldAutoRun: releasingStaleJobs(() => process.env.JOBS_AUTORUN !== 'false' && !process.env.VITEST, {
      staleAfterMinutes: Number(process.env.JOBS_STALE_AFTER_MINUTES) || undefined,
    }),
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL,
  // The session cookie works only from the site's own pages: a cookie-authenticated request with another Origin is anonymous.
  csrf: csrfOrigins(process.env.SERVER_URL),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  db: withPoolErrorsLogged(
    withExclusiveJobClaims(
      // Concurrent logins, refreshes and logouts of one account keep each other's sessions (Payload 3.90 lost them).
      withSerializedSessions(
        postgresAdapter({
          pool: {
            connectionString: database.url,
            max: database.poolSize,
            application_name: database.applicationName,
            idle_in_transaction_session_timeout: database.idleInTransactionTimeoutMs,
          },
          readReplicas: database.readReplicas,
          // Schema changes go through committed migrations only, so no database is ever half pushed, half migrated.
          push: false,
          migrationDir: path.resolve(dirname, 'migrations'),
          prodMigrations: migrations,
        }),
      ),
    ),
  ),
  // GraphQL errors pass only the config's afterError hooks: a locked account's sign-in says why there too.
  hooks: { afterError: [explainLockoutInGraphql(loginLockout)] },
  // The REST API's description, derived from this config, and its browsable reference (src/lib/api/).
  endpoints: [openApiEndpoint(), docsEndpoint()],
  // A shutdown of the process stops this instance's job runners and closes its pools (src/lib/shutdown.ts).
  onInit: closeOnShutdown,
  plugins: [
    // First: its publish gate runs after the workflow's guard and before catalogue numbering (pluginPlacement.ts).
    contentSecurity({
      collections: {
        'disclosure-items': { fields: ['title', 'summary', 'body'], attachments: ['attachments'] },
        policies: { fields: ['title', 'body'], attachments: ['attachments'], institutionField: 'issuer' },
        'approval-services': {
          fields: ['name', 'legalBasis', 'conditions', 'materials.name', 'procedure'],
          attachments: ['materials.template'],
        },
      },
      institutionsCollection: 'institutions',
      institutionNameField: 'name',
      // The superior and neighbouring places documents name besides the institutions in `institutions`.
      knownPlaceNames: [
        '呼伦贝尔市',
        '内蒙古自治区',
        '呼和浩特市',
        '兴安盟',
        '黑龙江省',
        '齐齐哈尔市',
        '中华人民共和国',
      ],
      allowedLinkDomains: ['gov.cn'],
      // A false positive accepted by the disclosure office goes into the document's audit log with its reason.
      onFindingAccepted: recordFindingAcceptance,
      disabled: process.env.CONTENT_SECURITY_DISABLED === 'true',
    }),
    // 政府信息公开年度报告: before catalogueNumbering() and workflowApproval(), which number it and give it its review chain.
    annualReport({ disabled: process.env.ANNUAL_REPORT_DISABLED === 'true' }),
    catalogueNumbering({
      collections: ['disclosure-items', 'policies', 'approval-services', 'annual-reports'],
      // Gapless by default; CATALOGUE_NUMBERING_GAPLESS=false trades contiguous numbers for publishes that don't queue on one counter.
      gapless: process.env.CATALOGUE_NUMBERING_GAPLESS !== 'false',
      disabled: process.env.CATALOGUE_NUMBERING_DISABLED === 'true',
    }),
    bulletin({ disabled: process.env.BULLETIN_DISABLED === 'true' }),
    // After the bulletin, so it sees bulletin-issues (a wrong order is an error at startup: src/lib/platform/pluginPlacement.ts).
    workflowApproval({
      ...appWorkflows,
      // The annual report goes through the full review chain of catalogue documents (its suites boot without it).
      collections: { ...appWorkflows.collections, 'annual-reports': 'default' },
      disabled: process.env.WORKFLOW_APPROVAL_DISABLED === 'true',
    }),
    portalPublishing({
      collections: ['disclosure-items', 'policies', 'approval-services'],
      // A separate worker (`payload jobs:run --queue portal-publishing`) can take the queue instead.
      autoRun: process.env.PORTAL_JOBS_AUTORUN !== 'false',
      disabled: process.env.PORTAL_PUBLISHING_DISABLED === 'true',
    }),
    // 依申请公开: requests and their steps, read only by the handling institution and the office. Before inputChecks()
    // and readerLanguage(), which must see its collection.
    // The portal's request form counts clients by the address its TRUSTED_PROXY_HOPS reverse proxies vouch for.
    disclosureRequests({
      disabled: process.env.DISCLOSURE_REQUESTS_DISABLED === 'true',
      publicForm: { trustedProxyHops: Number(process.env.TRUSTED_PROXY_HOPS) || 0 },
    }),
    // The late-publisher report and the office's dashboard: reads what workflowApproval() records at each publish.
    timeliness({ issuer: '扎兰屯市人民政府办公室', disabled: process.env.TIMELINESS_DISABLED === 'true' }),
    // With DATABASE_READ_REPLICAS: only anonymous API reads go to the replicas; commits wait for them (src/lib/database/readReplicas).
    readReplicaConsistency({ disabled: !database.readReplicas }),
    // Every collection and global above, the plugins' included: malformed input is a 400 naming the field.
    inputChecks(),
    // Last: messages of every field and endpoint above reach each reader in their language.
    readerLanguage(),
  ],
  sharp,
  telemetry: false,
  // LOG_LEVEL=warn keeps test and benchmark output readable; the default is info.
  // Refusals (400, 403, 404) are answers, logged at info without a stack; real errors stay at error (src/lib/logging).
  loggingLevels: refusalLoggingLevels,
  logger: {
    options: { level: process.env.LOG_LEVEL ?? 'info', hooks: { logMethod: demoteRefusalsLoggedAsErrors } },
  },
})
