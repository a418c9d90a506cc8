/** The display preferences a reader chose, kept in one cookie: `large.high` (text size, then contrast). */
export const DISPLAY_COOKIE = 'portal-display'

export type DisplayMode = { text: 'normal' | 'large'; contrast: 'normal' | 'high' }

export const defaultDisplayMode: DisplayMode = { text: 'normal', contrast: 'normal' }

export const parseDisplayMode = (cookie: string | undefined): DisplayMode => {
  const [text, contrast] = (cookie ?? '').split('.')
  return { text: text === 'large' ? 'large' : 'normal', contrast: contrast === 'high' ? 'high' : 'normal' }
}

export const serializeDisplayMode = (mode: DisplayMode): string => `${mode.text}.${mode.contrast}`

/** Only the values the site knows are taken from a query: anything else keeps the current choice. */
export const applyQuery = (mode: DisplayMode, query: URLSearchParams): DisplayMode => ({
  text: query.get('text') === 'large' ? 'large' : query.get('text') === 'normal' ? 'normal' : mode.text,
  contrast: query.get('contrast') === 'high' ? 'high' : query.get('contrast') === 'normal' ? 'normal' : mode.contrast,
})

const LARGE_TEXT = 'html{font-size:137.5%}'
const HIGH_CONTRAST = [
  ':root{--text:#fff;--background:#000;--muted:#fff;--link:#ffeb3b;--link-visited:#ffeb3b;--accent:#000;--accent-text:#ffeb3b;--rule:#fff;--panel:#000;--focus:#00e5ff}',
  'a{text-decoration:underline}',
].join('')

/** The stylesheet that applies a mode on top of portal.css: empty for the defaults. */
export const displayStylesheet = (mode: DisplayMode): string =>
  [mode.text === 'large' ? LARGE_TEXT : '', mode.contrast === 'high' ? HIGH_CONTRAST : ''].join('\n')
