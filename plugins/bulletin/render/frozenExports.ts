import type { PayloadRequest } from 'payload'

import type { PrintableIssue } from '../printable'
import type { ExportedFile, ExportFormat } from './exportIssue'

import { exportIssue } from './exportIssue'

/** How many rendered files of frozen issues a process keeps (a 140-page PDF is about 200 KB). */
const MAX_KEPT = 16

const kept = new Map<string, Promise<ExportedFile>>()

/**
 * The PDF or DOCX of an issue. A frozen issue's files never change (same snapshot, same bytes), so the
 * first download renders it and later ones, anyone's, are served from memory: a public download link
 * would otherwise cost seconds of CPU per request. Drafts are rendered every time. A failed render is
 * not kept.
 */
export const exportForDownload = ({
  req,
  issue,
  format,
}: {
  req: PayloadRequest
  issue: PrintableIssue
  format: ExportFormat
}): Promise<ExportedFile> => {
  if (!issue.isFrozen) return exportIssue({ req, issue, format })
  const key = `${issue.id}:${issue.contentHash}:${format}`
  const existing = kept.get(key)
  if (existing) return existing
  const rendering = exportIssue({ req, issue, format })
  kept.set(key, rendering)
  rendering.catch(() => kept.delete(key))
  // Oldest first out: Map keeps insertion order.
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!)
  return rendering
}
