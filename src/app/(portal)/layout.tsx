import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { DisplayModeLinks } from './_components/DisplayModeLinks'
import { sections, siteName } from './site'
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
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <link rel="stylesheet" href="/display.css" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
        <header className="site-header">
          <div className="wrap">
            <p className="site-name">
              <a href="/">{siteName}</a>
            </p>
            <DisplayModeLinks />
          </div>
          <nav aria-label="主导航" className="wrap">
            <ul className="nav">
              {sections.map((section) => (
                <li key={section.href}>
                  <a href={section.href}>{section.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <a href="/sitemap.xml">网站地图</a> · <a href="/feeds/disclosure-items">订阅（RSS）</a> · <a href="/guide">依申请公开</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
