import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import type { ResolvedWorkflowOptions, Workflow } from './types'

/** The id of the document's institution, whether the relationship is populated or not. */
export const institutionIdOf = (
  options: ResolvedWorkflowOptions,
  collection: string,
  doc: Record<string, unknown> | undefined | null,
) => {
  const value = doc?.[options.institutionFieldOf(collection)]
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return (value as number | string | null | undefined) ?? null
}

/** An institution's own workflow for the collection, else the collection's, else `default`. */
export const workflowFor = (options: ResolvedWorkflowOptions, collection: string, institutionId: unknown): Workflow => {
  const byInstitution = institutionId != null ? options.institutionWorkflows[String(institutionId)] : undefined
  const slug =
    byInstitution?.[collection as never] ??
    byInstitution?.['*'] ??
    options.collections[collection as never] ??
    'default'
  const workflow = options.workflows[slug]
  if (!workflow) throw new Error(`workflow-approval: no workflow "${slug}" (collection ${collection})`)
  return workflow
}

/** The sanitized config of a collection named by a plain string (slugs arrive from options and URLs). */
export const collectionConfigOf = (payload: Payload, collection: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[collection]?.config

/** The names of the collection's fields, to skip stage data a collection does not have. */
export const fieldNamesOf = (payload: Payload, collection: string): Set<string> =>
  new Set(collectionConfigOf(payload, collection)?.flattenedFields.map((field) => field.name) ?? [])

/** A slug that arrived as a plain string (options, job input), checked against the config for the typed Local API. */
export const asCollectionSlug = (payload: Payload, collection: string): CollectionSlug => {
  if (!(collection in payload.collections)) throw new Error(`workflow-approval: no collection "${collection}"`)
  return collection as CollectionSlug
}
