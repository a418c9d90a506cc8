/** Collection slugs are part of the public REST/GraphQL API: change them only with a migration plan. */
export const slugs = {
  institutions: 'institutions',
  officials: 'officials',
  policies: 'policies',
  approvalServices: 'approval-services',
  disclosureItems: 'disclosure-items',
  categories: 'categories',
  media: 'media',
  users: 'users',
} as const

/** The content collections: drafts, versions, institution scoping. */
export const contentCollections = [
  slugs.institutions,
  slugs.officials,
  slugs.policies,
  slugs.approvalServices,
  slugs.disclosureItems,
] as const

/** The collections whose documents are entries of the disclosure catalogue (公开目录). */
export const catalogueCollections = [slugs.disclosureItems, slugs.policies, slugs.approvalServices] as const
