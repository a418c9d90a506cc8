import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import type { ResolvedWorkflowOptions, Workflow } from './types'

import { isCollectionSlug } from '../../src/lib/platform/slugs'

/** The id of the document's institution, whether the relationship is populated or not. */
export const institutionIdOf = (
  options: ResolvedWorkflowOptions,
  collection: CollectionSlug,
  doc: Record<string, unknown> | undefined | null,
) => {
  const value = doc?.[options.institutionFieldOf(collection)]
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return (value as number | string | null | undefined) ?? null
}

/** An institution's own workflow for the collection, else the collection's, else `default`. */
export const workflowFor = (
  options: ResolvedWorkflowOptions,
  collection: CollectionSlug,
  institutionId: unknown,
): Workflow => {
  const byInstitution = institutionId != null ? options.institutionWorkflows[String(institutionId)] : undefined
  const slug = byInstitution?.[collection] ?? byInstitution?.['*'] ?? options.collections[collection] ?? 'default'
  const workflow = options.workflows[slug]
  if (!workflow) throw new Error(`workflow-approval: no workflow "${slug}" (collection ${collection})`)
  return workflow
}

/** The sanitized config of a collection, if this Payload has it (a workflow may name one the config lacks). */
export const collectionConfigOf = (
  payload: Payload,
  collection: CollectionSlug,
): SanitizedCollectionConfig | undefined =>
  (payload.collections[collection] as Payload['collections'][CollectionSlug] | undefined)?.config

/** The names of the collection's fields, to skip stage data a collection does not have. */
export const fieldNamesOf = (payload: Payload, collection: CollectionSlug): Set<string> =>
  new Set(collectionConfigOf(payload, collection)?.flattenedFields.map((field) => field.name) ?? [])

/** A slug that arrived as a plain string (options, job input), checked against the config for the typed Local API. */
export const asCollectionSlug = (payload: Payload, collection: string): CollectionSlug => {
  if (!isCollectionSlug(payload, collection)) throw new Error(`workflow-approval: no collection "${collection}"`)
  return collection
}
