/** Text and attribute content escaped for XML; control characters XML 1.0 forbids are dropped. */
export const escapeXml = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** An absolute URL from the site's base URL and a portal path. */
export const absoluteUrl = (baseUrl: string, path: string): string =>
  new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString()
