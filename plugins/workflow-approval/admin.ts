import type { CollectionConfig } from 'payload'

import type { ResolvedWorkflowOptions } from './types'

/**
 * Where the admin UI (stage badge and column, action buttons, history panel) attaches to a controlled
 * collection. Called by the plugin for every controlled collection, also when the plugin is disabled.
 */
export const withWorkflowAdmin = (collection: CollectionConfig, _options: ResolvedWorkflowOptions): CollectionConfig => collection
