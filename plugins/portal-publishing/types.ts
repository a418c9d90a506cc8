import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { ReferenceKind } from './cacheTags'

/** Where a collection keeps what the portal shows and search reads. Every name is a top-level field. */
export type PortalFieldMap = {
  /** The document's title. */
  title: string
  /** The relationship to the publishing institution. */
  institution: string
  /** The date the portal shows and the year filter uses; empty: the document's creation. */
  date?: string
  /** Plain text fields searched with medium weight (summary, 文号, keywords). */
  meta: string[]
  /** Rich text (Lexical) or text fields searched with low weight and cut into snippets. */
  body: string[]
  /** Category relationships used as filters. */
  theme?: string
  genre?: string
  /** The select field holding 有效性. */
  validity?: string
  /** 文号 and 索引号: matched exactly, and searched. */
  documentNumber?: string
  indexNumber?: string
}

export type RevalidateTags = (tags: string[], context: { payload: Payload }) => void | Promise<void>

export type PortalEventType = 'published' | 'updated' | 'withdrawn' | 'deleted'

export type PortalPublishingOptions = {
  /**
   * Collections whose published, 主动公开 documents appear on the portal, in search, feeds and the sitemap.
   * @default ['disclosure-items', 'policies', 'approval-services']
   */
  collections?: CollectionSlug[]
  /**
   * Collections shown beside the catalogue, and what each is to the portal: a change to one expires the
   * pages that show it (an institution's name on every entry of it, a leader on their institution's page,
   * a category in facets and metadata tables).
   * @default { institutions: 'institution', officials: 'official', categories: 'category' }
   */
  references?: Partial<Record<CollectionSlug, ReferenceKind>>
  /**
   * Globals every portal page shows (the site settings: government name, emblem, footer): a change
   * expires every page. Each must exist in the config, or the plugin refuses to start.
   * @default ['site-settings']
   */
  globals?: GlobalSlug[]
  /**
   * Field names per collection, merged over the defaults (policies: `issuer`, `datePublished`; approval
   * services: `name`, conditions and procedure as body; others: `title`, `institution`, `dateMade`, `body`).
   * @default defaultFieldMaps
   */
  fields?: Partial<Record<CollectionSlug, Partial<PortalFieldMap>>>
  /**
   * The portal path of a document, used by feeds, the sitemap, search results and webhook events.
   * @default `/catalogue/<indexNumber>`, or `/<collection>/<id>` for a document without one
   */
  itemPath?: (args: { collection: string; doc: Record<string, unknown> }) => string
  /**
   * Marks cache tags stale, after the publishing transaction commits. Injectable so tests can record the calls.
   * @default `revalidateEverywhere`: this process's API cache and Next.js cache at once, then every app
   *   instance through the `portal_invalidations` table and NOTIFY (see invalidations/)
   */
  revalidate?: RevalidateTags
  /**
   * The jobs queue of webhook deliveries and the reindex task.
   * @default 'portal-publishing'
   */
  queue?: string
  /**
   * Run the plugin's queue from a cron inside the app (`jobs.autoRun`). Turn off when a separate worker runs it.
   * @default true
   */
  autoRun?: boolean
  /**
   * Cron (with seconds) of the autoRun.
   * @default '* * * * * *' (every second)
   */
  autoRunCron?: string
  webhooks?: {
    /**
     * Attempts after the first failed delivery.
     * @default 5
     */
    retries?: number
    /**
     * Base delay of the exponential backoff between attempts, in milliseconds.
     * @default 1000
     */
    backoffMs?: number
    /**
     * How long a receiver may take to answer, in milliseconds.
     * @default 10000
     */
    timeoutMs?: number
  }
  /**
   * Keep the collections, fields and tasks (so the database schema stays the same) but index nothing,
   * revalidate nothing, notify nobody and serve no endpoint.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedPortalOptions = {
  collections: CollectionSlug[]
  references: Partial<Record<CollectionSlug, ReferenceKind>>
  globals: GlobalSlug[]
  fieldsOf: (collection: CollectionSlug) => PortalFieldMap
  itemPath: NonNullable<PortalPublishingOptions['itemPath']>
  revalidate: RevalidateTags
  queue: string
  autoRun: boolean
  autoRunCron: string
  webhooks: Required<NonNullable<PortalPublishingOptions['webhooks']>>
  disabled: boolean
}
