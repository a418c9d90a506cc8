/** Admin labels come in Chinese (the default admin language) and English. */
export type BilingualText = { zh: string; en: string }

export const bilingual = (zh: string, en: string): BilingualText => ({ zh, en })

/**
 * One validation message for API clients and the admin alike: declared in Chinese and English, answered in the
 * reader's language (see src/lib/i18n/messages.ts).
 */
export { bilingualMessage } from './i18n/messages'

/** Select options from [value, zh, en] triples. */
export const options = (entries: ReadonlyArray<readonly [string, string, string]>) =>
  entries.map(([value, zh, en]) => ({ value, label: bilingual(zh, en) }))
