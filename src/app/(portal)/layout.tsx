import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from './_components/SiteFooter'
import { SiteHeader } from './_components/SiteHeader'
import { getSiteIdentity } from './_data/site'
import { siteName } from './site'
import './portal.css'

export const metadata: Metadata = {
  title: { default: siteName, template: `%s · ${siteName}` },
  description: '政府信息公开：公开指南、公开目录、政策文件、机构职能和办事服务。',
}

/**
 * The public site's root layout (a second root layout beside Payload's, in its own route group: moving
 * between the admin and the portal is a full page load, as it should be). No client JavaScript is needed
 * to read or navigate anything; the display mode is a cookie applied by /display.css.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const site = await getSiteIdentity()
  return (
    <html lang="zh-CN">
      <head>
        {/* A route, not a bundled file: it reads the display-mode cookie, so the pages stay shareable in the cache. */}
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/display.css" />
        <link rel="icon" href="/favicon.ico" sizes="any" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
        <SiteHeader site={site} />
        <main id="main" tabIndex={-1} className="wrap">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  )
}
