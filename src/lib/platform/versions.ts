import type { CollectionConfig } from 'payload'

/**
 * Drafts validate like published documents (bad data is refused early, not at publish time); fields
 * that only a complete document needs use `requiredToPublish`. Every version is kept: the audit
 * trail of what was published when depends on them.
 */
export const versionsKeptForever: CollectionConfig['versions'] = {
  drafts: { validate: true },
  maxPerDoc: 0,
}
