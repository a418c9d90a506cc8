/**
 * The origins whose browser pages may use the session cookie (Payload's `csrf`): SERVER_URL's origin.
 * Payload adds `serverURL` itself, but as written: with a path or a trailing slash it never equals a
 * browser's `Origin` header, and every cookie-authenticated request from the site's own pages would fail.
 * Without SERVER_URL (development, tests) the list stays empty and Payload checks no origin.
 */
export const csrfOrigins = (serverURL: string | undefined): string[] => {
  if (!serverURL) return []
  try {
    return [new URL(serverURL).origin]
  } catch {
    throw new Error(`SERVER_URL is not a URL: ${serverURL}`)
  }
}
