import type { IncomingMessage, ServerResponse } from 'node:http'

import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** Larger files (none today) are left to Next.js, which streams them from disk. */
const MAX_KEPT_BYTES = 1024 * 1024

/** The types of what public/ holds or is likely to; a file of another type is left to Next.js. */
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=UTF-8',
  '.xml': 'application/xml; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.css': 'text/css; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
}

type PublicFile = { body: Buffer; type: string; etag: string; lastModified: string }

export type PublicFiles = {
  /** Every file under public/, as the path it is served at (Next.js's own list: what is not a page). */
  paths: ReadonlySet<string>
  /** Answers the request if it is for a file kept in memory; false when the caller should pass it on. */
  answer: (req: IncomingMessage, res: ServerResponse, urlPath: string) => boolean
}

/**
 * The files of public/ (robots.txt, the favicon, the emblem), read once at start and answered from memory
 * by the front server. Next.js would answer them too, but through its router and the file system: right after
 * a publish, while every portal page re-renders, `/robots.txt` waited hundreds of milliseconds behind them.
 * Headers as Next.js sends them (public, max-age=0, a weak ETag, Last-Modified); a conditional GET gets a 304,
 * and a method other than GET or HEAD a 405 (Next.js answered a POST with a 500).
 */
export const loadPublicFiles = async (dir: string): Promise<PublicFiles> => {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const paths = new Set<string>()
  const kept = new Map<string, PublicFile>()
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const urlPath = `/${path.relative(dir, file).split(path.sep).join('/')}`
    paths.add(urlPath)
    const type = CONTENT_TYPES[path.extname(entry.name).toLowerCase()]
    const stat = await fs.stat(file)
    if (!type || stat.size > MAX_KEPT_BYTES) continue
    const body = await fs.readFile(file)
    const hash = crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)
    kept.set(urlPath, {
      body,
      type,
      etag: `W/"${body.byteLength.toString(16)}-${hash}"`,
      lastModified: stat.mtime.toUTCString(),
    })
  }

  const answer = (req: IncomingMessage, res: ServerResponse, urlPath: string): boolean => {
    const file = kept.get(urlPath)
    if (!file) return false
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=UTF-8' })
      res.end('Method Not Allowed')
      return true
    }
    const headers = {
      'content-type': file.type,
      'cache-control': 'public, max-age=0',
      etag: file.etag,
      'last-modified': file.lastModified,
    }
    const tags = String(req.headers['if-none-match'] ?? '')
    if (tags && tags.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*')) {
      res.writeHead(304, headers)
      res.end()
      return true
    }
    res.writeHead(200, { ...headers, 'content-length': String(file.body.byteLength) })
    res.end(req.method === 'HEAD' ? undefined : file.body)
    return true
  }

  return { paths, answer }
}
