import type { CollectionConfig, Config, Plugin } from 'payload'

import type { BulletinOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { exportsCollection } from './collections/exports'
import { issuesCollection } from './collections/issues'
import { resolveOptions } from './defaults'
import { downloadEndpoints } from './endpoints/download'
import { startExportEndpoint } from './endpoints/startExport'
import { suggestEndpoint } from './endpoints/suggest'
import { issueToolsField } from './fields/issueTools'
import { freezeOnPublish } from './hooks/freezeOnPublish'
import { exportTask } from './jobs/exportTask'

export type { BulletinColumn, BulletinOptions } from './types'
export type { PublishedIssueListing } from './listPublishedIssues'
export { listPublishedIssues } from './listPublishedIssues'
// The renderers, for other plugins' printed documents (reports) in the bulletin's layout.
export type { Block, Run } from './render/blocks'
export type { PrintableDocument } from './render/printableDocument'
export type { DocumentPdfResult } from './render/pdf/renderDocumentPdf'
export { blocksOfRichText } from './render/blocks'
export { renderDocumentDocx } from './render/docx'
export { renderDocumentPdf } from './render/pdf/renderDocumentPdf'
// The renderers, for other documents printed in the bulletin's layout (the timeliness notice of Art. 47).
export type { LexicalDocument, PrintableIssue } from './printable'
export { chineseDate } from './printable'
export { renderDocx } from './render/docx'
export { renderPdf } from './render/pdf/renderPdf'

/**
 * The printed bulletin (政府公报 / 资讯): issues assembled from published, proactive documents, frozen
 * on publication, exported as print-ready PDF, DOCX and an HTML print view.
 */
export const bulletin =
  (pluginOptions: BulletinOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, { plugin: 'bulletin', collections: options.sources })
    const issues = issuesCollection(options)
    const withBehaviour: CollectionConfig = options.disabled
      ? issues
      : {
          ...issues,
          hooks: { ...issues.hooks, beforeChange: [...(issues.hooks?.beforeChange ?? []), freezeOnPublish()] },
          endpoints: [...downloadEndpoints(options), suggestEndpoint(options), startExportEndpoint()],
          // First in the sidebar: the tools need room for export status, which the controls bar has not.
          fields: [issueToolsField(), ...issues.fields],
        }
    return {
      ...config,
      collections: [...(config.collections ?? []), withBehaviour, exportsCollection(options)],
      // Registered even when disabled, so the jobs table's task enum (the schema) stays the same.
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), exportTask(options)] },
    }
  }
