import type { SiteIdentity } from '../_data/site'

import { ICP_FILING_URL, publicSecurityFilingUrl } from '../../../../globals/filings'

/** 页脚: 主办单位, 承办单位, contact, 网站标识码 and the filing numbers linked to their registries. */
export function SiteFooter({ site }: { site: SiteIdentity }) {
  const { contact } = site
  const securityUrl = site.publicSecurityNumber ? publicSecurityFilingUrl(site.publicSecurityNumber) : null
  return (
    <footer className="site-footer">
      <div className="wrap">
        <ul className="inline-list footer-links">
          <li>
            <a href="/sitemap">网站地图</a>
          </li>
          <li>
            <a href="/feeds/disclosure-items">订阅（RSS）</a>
          </li>
          <li>
            <a href="/request">依申请公开</a>
          </li>
          <li>
            <a href="/guide">公开指南</a>
          </li>
          <li>
            <a href="/annual-reports">年度报告</a>
          </li>
        </ul>
        <ul className="inline-list">
          {site.organiser && <li>主办单位：{site.organiser}</li>}
          {site.operator && <li>承办单位：{site.operator}</li>}
        </ul>
        <ul className="inline-list">
          {contact.address && <li>地址：{contact.address}</li>}
          {contact.postcode && <li>邮编：{contact.postcode}</li>}
          {contact.phone && <li>电话：{contact.phone}</li>}
          {contact.email && (
            <li>
              邮箱：<a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          )}
        </ul>
        <ul className="inline-list">
          {site.websiteCode && <li>网站标识码：{site.websiteCode}</li>}
          {site.icpNumber && (
            <li>
              <a href={ICP_FILING_URL} rel="noopener">
                {site.icpNumber}
              </a>
            </li>
          )}
          {site.publicSecurityNumber && (
            <li>
              {securityUrl ? (
                <a href={securityUrl} rel="noopener">
                  {site.publicSecurityNumber}
                </a>
              ) : (
                site.publicSecurityNumber
              )}
            </li>
          )}
        </ul>
      </div>
    </footer>
  )
}
