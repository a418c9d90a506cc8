import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import type { PrintableIssue } from '../printable'

import { blocksOfRichText } from './blocks'
import { renderDocx } from './docx'
import { renderPdf } from './pdf/renderPdf'

export type ExportFormat = 'pdf' | 'docx'

export type ExportedFile = { data: Buffer; filename: string; mimeType: string; uncoveredCharacters: string[] }

export const MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** PDF embeds these; other formats (WebP, GIF) are left out of the print. */
const PRINTABLE_IMAGES = ['image/png', 'image/jpeg']

/** The media ids of the cover and every body image. */
const imageIdsOf = (issue: PrintableIssue): Set<string> => {
  const ids = new Set<string>(issue.coverImage ? [issue.coverImage] : [])
  for (const section of issue.sections) {
    for (const entry of section.entries) {
      for (const block of blocksOfRichText(entry.body)) if (block.kind === 'image') ids.add(block.mediaId)
    }
  }
  return ids
}

type ImageFile = { url?: string | null; filename?: string | null; mimeType?: string | null }

/** One placed image's media record, read as the system: the issue placed it, whoever exports. */
const readImage = async (req: PayloadRequest, id: string) =>
  (await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as ImageFile | null

/** Where the HTML print view loads each image from (the media library's file URLs). */
export const imageUrlsOf = async (req: PayloadRequest, issue: PrintableIssue): Promise<Map<string, string>> => {
  const urls = new Map<string, string>()
  for (const id of imageIdsOf(issue)) {
    const media = await readImage(req, id)
    if (media?.url) urls.set(id, media.url)
  }
  return urls
}

/** The cover and every body image, read from the media library's files. */
const loadImages = async (req: PayloadRequest, issue: PrintableIssue): Promise<Map<string, Buffer>> => {
  const ids = imageIdsOf(issue)
  const images = new Map<string, Buffer>()
  if (ids.size === 0) return images
  const staticDir = req.payload.collections.media?.config.upload?.staticDir
  for (const id of ids) {
    const media = await readImage(req, id)
    if (!media?.filename || !staticDir || !PRINTABLE_IMAGES.includes(media.mimeType ?? '')) continue
    try {
      images.set(id, await fs.readFile(path.join(staticDir, media.filename)))
    } catch (err) {
      req.payload.logger.warn({ msg: `bulletin: image ${id} is missing its file`, err })
    }
  }
  return images
}

/** "扎兰资讯-2026-第3期.pdf" */
export const exportFilename = (issue: PrintableIssue, format: ExportFormat) =>
  `${issue.masthead}-${issue.year}-第${issue.issueNumber}期.${format}`

/** Renders an issue in one format; what every door (download endpoints, export task, benchmark) calls. */
export const exportIssue = async ({
  req,
  issue,
  format,
  onProgress,
}: {
  req: PayloadRequest
  issue: PrintableIssue
  format: ExportFormat
  onProgress?: (fraction: number) => void
}): Promise<ExportedFile> => {
  const filename = exportFilename(issue, format)
  if (format === 'docx')
    return { data: await renderDocx(issue), filename, mimeType: MIME_TYPES.docx, uncoveredCharacters: [] }
  const result = await renderPdf({ issue, images: await loadImages(req, issue), onProgress })
  return { data: result.pdf, filename, mimeType: MIME_TYPES.pdf, uncoveredCharacters: result.uncoveredCharacters }
}
