/**
 * What would be live in generated markup, read at the tokenizer's level: the outputs checked (React's static
 * markup, the feeds, the bulletin's HTML and DOCX XML) quote every attribute and escape every `<` in text, so a
 * tag in them is a real tag. An escaped `&lt;script&gt;` in text is inert and not reported.
 */

const TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g

/** Attributes whose value is fetched or followed. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'target'])

/** The link schemes the platform allows (src/lib/platform/input/linkSchemes.ts): anything else must not be live. */
const ALLOWED_URL = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\?|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** As a browser reads a URL: entities decoded, tabs, newlines and leading controls dropped. */
const normalizedUrl = (raw: string) =>
  decodeEntities(raw)
    .replace(/[\t\n\r]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+/, '')

/**
 * Problems that would make the markup run something: a `<script>` (or `<iframe>`, `<object>`, `<embed>`) element,
 * an `on…` event handler attribute, or a URL attribute with a scheme other than http(s), mailto, tel or relative.
 */
export const liveMarkup = (markup: string, { allowedTags = [] }: { allowedTags?: string[] } = {}): string[] => {
  const problems: string[] = []
  for (const [tag, name, attributes = ''] of markup.matchAll(TAG)) {
    const element = name!.toLowerCase()
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base'].includes(element) && !allowedTags.includes(element))
      problems.push(`a live <${element}>: ${tag.slice(0, 200)}`)
    for (const [, attribute, quoted = ''] of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute!.toLowerCase()
      if (key.startsWith('on')) problems.push(`an event handler ${key}: ${tag.slice(0, 200)}`)
      const value = quoted.replace(/^["']|["']$/g, '')
      if (URL_ATTRIBUTES.has(key) && key !== 'target' && !ALLOWED_URL.test(normalizedUrl(value)))
        problems.push(`a live ${key}="${value.slice(0, 80)}"`)
      if (key === 'style' && /expression\(|url\(\s*['"]?\s*javascript:/i.test(decodeEntities(value)))
        problems.push(`script in a style: ${tag.slice(0, 200)}`)
    }
  }
  return problems
}

/** Characters XML 1.0 forbids anywhere in a document. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Why `xml` is not a well-formed document a reader would open (a feed reader drops a feed, Word refuses a DOCX
 * with one stray control character): forbidden characters, and elements that do not nest.
 */
export const xmlProblems = (xml: string): string[] => {
  const problems: string[] = []
  const forbidden = XML_FORBIDDEN.exec(xml)
  if (forbidden)
    problems.push(`a character XML forbids (U+${forbidden[0].codePointAt(0)!.toString(16).padStart(4, '0')})`)
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g, '')
  const open: string[] = []
  for (const [tag, closing, name] of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?>/g)) {
    if (tag.endsWith('/>')) continue
    if (!closing) open.push(name!)
    else if (open.pop() !== name) {
      problems.push(`</${name}> closes nothing open`)
      break
    }
  }
  if (open.length) problems.push(`<${open.at(-1)}> never closed`)
  if (/<(?![A-Za-z_/?!])/.test(body)) problems.push('a bare < in text')
  return problems
}
