/**
 * Which link targets the platform lets through, at save and when the portal renders: http(s), mailto, tel and
 * links within the site (`/path`, `?query`, `#anchor`). Everything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`, a protocol-relative `//host`) can run script or leave the site unseen, so it is refused.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Browsers drop these before parsing a URL (`java\tscript:` is `javascript:`), so we do too before judging. */
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g

export const isAllowedLinkUrl = (url: string): boolean => {
  const compact = url.replace(IGNORED_BY_BROWSERS, '')
  if (compact === '') return true
  // Site-relative: a path (not `//host`, not `/\host`, which browsers read as another host), a query or an anchor.
  if (/^\/(?![/\\])/.test(compact) || compact.startsWith('?') || compact.startsWith('#')) return true
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(compact)?.[1]?.toLowerCase()
  // No scheme and not starting with a slash: a relative path ("guide/2024"), still within the site.
  if (!scheme) return !/^[\\/]/.test(compact) && !compact.includes(':')
  return ALLOWED_SCHEMES.has(scheme)
}

/** The href to render for a stored link: itself when allowed, otherwise none (the text stays, inert). */
export const safeHref = (url: unknown): string | undefined =>
  typeof url === 'string' && isAllowedLinkUrl(url) ? url : undefined
