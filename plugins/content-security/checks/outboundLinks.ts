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

/** What a URL written in running text is made of: it stops at whitespace, quotes, CJK text and punctuation. */
const URL_CHARACTERS = '[^\\s<>"\'`\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u4e00-\\u9fff]'
/** Top-level domains a bare host in the text is recognised by (spam favours the cheap ones). */
const BARE_HOST_TLDS = 'com|net|org|cn|cc|vip|top|xyz|info|biz|me|tv|co|io|app|bet|club|site|online|hk|tw|mo'
/**
 * A URL written in the text: with a scheme, a bare `www.` host, or a bare host with a common top-level domain
 * (uedbet.com). Not an e-mail address: a host right after `@` is no link.
 */
const URL_IN_TEXT = new RegExp(
  `(?:\\b(?:https?|ftp)://|(?<![\\w.@-])www\\.)${URL_CHARACTERS}+` +
    `|(?<![\\w.@/-])(?:[a-z0-9-]+\\.)+(?:${BARE_HOST_TLDS})(?![\\w-])(?:[/?#]${URL_CHARACTERS}*)?`,
  'gi',
)

/** How much of a link kept apart from the text (a rich-text link) is quoted as its context. */
const LINK_CONTEXT_LENGTH = 80

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
  const found: Array<{ url: string; context: string; isBare?: boolean }> = (target.links ?? []).map((url) => ({
    url,
    context: contextOf(url, 0, Math.min(url.length, LINK_CONTEXT_LENGTH)).slice(0, LINK_CONTEXT_LENGTH),
  }))
  if (text) {
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const url = trimUrl(match[0])
      found.push({ url, context: contextOf(text, match.index, match.index + url.length), isBare: true })
    }
  }
  const findings: Finding[] = []
  for (const { url, context, isBare } of found) {
    // A host written in the text without a scheme is still a link: readers copy it, portals autolink it.
    const link = classifyLink(isBare && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? `//${url}` : url)
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
