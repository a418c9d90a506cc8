import type { Finding, ScanRules, ScanTarget } from '../findings'

import { contextOf, finding } from './text'

/**
 * Domains the plugin's defaults allow in addition to the configured ones: every government site (*.gov.cn) is a
 * legitimate target for a government portal's links. The check itself allows only `rules.allowedLinkDomains`; the
 * plugin adds these when it loads the rules.
 */
export const DEFAULT_ALLOWED_LINK_DOMAINS: readonly string[] = ['gov.cn']

/** Schemes that run code or embed content in the reader's browser: a link with one never belongs on the portal. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript'])
/** Schemes that leave no website: mail and phone. */
const HARMLESS_SCHEMES = new Set(['mailto', 'tel', 'sms', 'callto'])

/** A URL written in the text: with a scheme, or a bare `www.` host. Stops at whitespace and CJK punctuation. */
const URL_IN_TEXT =
  /(?:\b(?:https?|ftp):\/\/|(?<![\w.@-])www\.)[^\s<>"'`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u4e00-\u9fff]+/gi

/** `example.com`, `*.example.com`, `https://example.com/x` → `example.com`. */
export const normaliseDomain = (domain: string): string =>
  domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '')

export const isAllowedHost = (host: string, allowedDomains: readonly string[]): boolean =>
  allowedDomains.some((allowed) => {
    const domain = normaliseDomain(allowed)
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`))
  })

type Classified = { kind: 'local' } | { kind: 'dangerous'; scheme: string } | { kind: 'external'; host: string }

/** Where a link leads: nowhere outside the site, into script, or to a host. */
export const classifyLink = (link: string): Classified => {
  // Browsers drop tabs, newlines and leading control characters before reading the scheme ("java\tscript:").
  const cleaned = [...link].filter((char) => char.charCodeAt(0) > 0x20 && char !== '\u007f').join('')
  if (cleaned === '') return { kind: 'local' }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
  if (scheme && DANGEROUS_SCHEMES.has(scheme)) return { kind: 'dangerous', scheme }
  if (scheme && HARMLESS_SCHEMES.has(scheme)) return { kind: 'local' }
  let absolute: string
  if (scheme) absolute = cleaned
  else if (cleaned.startsWith('//')) absolute = `http:${cleaned}`
  else if (/^www\./i.test(cleaned)) absolute = `http://${cleaned}`
  else return { kind: 'local' }
  try {
    const host = new URL(absolute).hostname.toLowerCase().replace(/\.$/, '')
    return host ? { kind: 'external', host } : { kind: 'external', host: scheme ?? absolute }
  } catch {
    return { kind: 'external', host: normaliseDomain(absolute) || absolute }
  }
}

/** Trailing punctuation a sentence puts after a URL is not part of it. */
const trimUrl = (url: string) => url.replace(/[.,;:!?)\]}]+$/, '')

/**
 * Links to hosts outside `rules.allowedLinkDomains` (subdomains included) warn; `javascript:` / `data:` links
 * block. Site-relative links, anchors, `mailto:` and `tel:` are fine. Looks at the target's links and at URLs
 * written in its text. One finding per host and field: the fingerprint holds the host, not the whole URL.
 */
export const checkOutboundLinks = (target: ScanTarget, rules: ScanRules): Finding[] => {
  const { text, field } = target
  const found: Array<{ url: string; context: string }> = (target.links ?? []).map((url) => ({
    url,
    context: url.slice(0, 2 * 20 + 40),
  }))
  if (text) {
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const url = trimUrl(match[0])
      found.push({ url, context: contextOf(text, match.index, match.index + url.length) })
    }
  }
  const findings: Finding[] = []
  for (const { url, context } of found) {
    const link = classifyLink(url)
    if (link.kind === 'local') continue
    if (link.kind === 'dangerous') {
      const shown = url.trim().slice(0, 80)
      findings.push(
        finding({
          check: 'outboundLink',
          severity: 'block',
          field,
          match: shown,
          context,
          normalisedMatch: shown.replace(/\s+/g, '').toLowerCase(),
          message: {
            zh: `链接使用了不安全的“${link.scheme}:”协议`,
            en: `a link uses the unsafe "${link.scheme}:" scheme`,
          },
        }),
      )
      continue
    }
    if (isAllowedHost(link.host, rules.allowedLinkDomains)) continue
    findings.push(
      finding({
        check: 'outboundLink',
        severity: 'warn',
        field,
        match: url.trim(),
        context,
        normalisedMatch: link.host,
        message: {
          zh: `外部链接指向未列入白名单的域名 ${link.host}`,
          en: `an outbound link points to ${link.host}, which is not on the allowed domain list`,
        },
      }),
    )
  }
  return findings
}
