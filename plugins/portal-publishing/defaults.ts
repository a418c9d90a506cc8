import type { CollectionSlug } from 'payload'

import type { PortalFieldMap, PortalPublishingOptions, ResolvedPortalOptions } from './types'

import { revalidateEverywhere } from './revalidate'

/** Slugs of what the plugin adds. */
export const SEARCH_INDEX_SLUG = 'search-index'
export const WEBHOOKS_SLUG = 'webhooks'
export const DELIVERIES_SLUG = 'webhook-deliveries'
export const DELIVER_TASK = 'deliverWebhook' as const
export const REINDEX_TASK = 'rebuildSearchIndex' as const

/** Key of the resolved options in `config.custom`. */
export const PORTAL_PUBLISHING_CUSTOM_KEY = 'portalPublishing'

/** `req.context` flag: change documents without touching the portal (bulk imports that reindex afterwards). */
export const SKIP_PORTAL_CONTEXT_KEY = 'skipPortalPublishing'

export const defaultFieldMaps: Partial<Record<CollectionSlug, PortalFieldMap>> = {
  'disclosure-items': {
    title: 'title',
    institution: 'institution',
    date: 'dateMade',
    meta: ['summary', 'keywords'],
    body: ['body'],
    theme: 'theme',
    genre: 'genre',
    validity: 'validity',
    documentNumber: 'documentNumber',
    indexNumber: 'indexNumber',
  },
  policies: {
    title: 'title',
    institution: 'issuer',
    date: 'datePublished',
    meta: [],
    body: ['body'],
    theme: 'theme',
    validity: 'validity',
    documentNumber: 'documentNumber',
    indexNumber: 'indexNumber',
  },
  'approval-services': {
    title: 'name',
    institution: 'institution',
    meta: ['basicCode', 'implementationCode', 'legalBasis'],
    body: ['conditions', 'procedure'],
    theme: 'theme',
    indexNumber: 'indexNumber',
  },
}

const genericFieldMap: PortalFieldMap = { title: 'title', institution: 'institution', meta: [], body: [] }

export const defaultItemPath: ResolvedPortalOptions['itemPath'] = ({ collection, doc }) =>
  typeof doc.indexNumber === 'string' && doc.indexNumber
    ? `/catalogue/${encodeURIComponent(doc.indexNumber)}`
    : `/${collection}/${String(doc.id)}`

export const resolveOptions = (options: PortalPublishingOptions): ResolvedPortalOptions => ({
  collections: options.collections ?? ['disclosure-items', 'policies', 'approval-services'],
  references: options.references ?? { institutions: 'institution', officials: 'official', categories: 'category' },
  globals: options.globals ?? ['site-settings'],
  fieldsOf: (collection) => ({
    ...(defaultFieldMaps[collection] ?? genericFieldMap),
    ...(options.fields?.[collection] ?? {}),
  }),
  itemPath: options.itemPath ?? defaultItemPath,
  revalidate: options.revalidate ?? revalidateEverywhere,
  queue: options.queue ?? 'portal-publishing',
  autoRun: options.autoRun ?? true,
  autoRunCron: options.autoRunCron ?? '* * * * * *',
  webhooks: {
    retries: options.webhooks?.retries ?? 5,
    backoffMs: options.webhooks?.backoffMs ?? 1000,
    timeoutMs: options.webhooks?.timeoutMs ?? 10_000,
  },
  disabled: options.disabled ?? false,
})
