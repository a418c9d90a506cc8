/**
 * The security headers of every answer: portal pages, the admin and the API, from Next.js (next.config.ts) and
 * from the production server's front, which answers cached hits before Next.js (src/server/index.ts).
 *
 * The Content-Security-Policy is what the app works under, not an ideal: Next.js's pages carry inline bootstrap
 * scripts and the admin inline styles (no nonces without dynamic rendering of every page), so inline script
 * and style stay allowed; everything else comes from the site itself. Frames only from the site itself: the
 * admin's live preview shows the portal's /preview in a same-origin iframe. Nothing from another host: the
 * admin's one visible JSON field (the bulletin's printed snapshot) renders as text, not through the Monaco
 * editor Payload would load from a public CDN.
 */
export type SecurityHeaderOptions = {
  /** `next dev`: React's dev tools evaluate code and hot reload speaks over a WebSocket. */
  isDev: boolean
  /** SERVER_URL: with https, browsers are told to keep to https (HSTS). */
  serverURL?: string
}

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')

export const contentSecurityPolicy = ({ isDev }: { isDev: boolean }) =>
  policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(isDev ? ['ws:', 'wss:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  })

/** The headers of every answer, portal, admin and API alike. */
export const securityHeaders = ({ isDev, serverURL }: SecurityHeaderOptions): Array<[string, string]> => {
  return [
    ['Content-Security-Policy', contentSecurityPolicy({ isDev })],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ...(serverURL?.startsWith('https://')
      ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
  ]
}
