/**
 * Server messages are declared once in both languages, `bilingualMessage(zh, en)`, and reach each reader in
 * their own: the language plugin (plugins/language) turns the declared text into Chinese or English where it leaves the
 * server (error responses, field validation), and leaves it as 「中文 / English」 for a client that asked for
 * no language.
 *
 * The declared text stays a plain string (validate functions, APIError and the GraphQL layer all want one), so
 * the two halves are remembered here by the joined text. Messages live from their making to their answer in one
 * request; the memory keeps the most recently made or read ones, a bounded number, and a message it no longer
 * holds simply goes out in both languages.
 */

export type MessageLanguage = 'zh' | 'en'

type Halves = Record<MessageLanguage, string>

const SEPARATOR = ' / '

/** How many messages are remembered: far above what one request makes, small in memory (some MB at most). */
const REMEMBERED = 10_000

// One memory per process, even when a bundler loads this module more than once (route bundles of Next.js).
const memoryKey = Symbol.for('gongkai.bilingualMessages')
const memory: Map<string, Halves> =
  ((globalThis as Record<symbol, unknown>)[memoryKey] as Map<string, Halves>) ??
  ((globalThis as Record<symbol, unknown>)[memoryKey] = new Map<string, Halves>())

const remember = (joined: string, halves: Halves) => {
  memory.delete(joined)
  memory.set(joined, halves)
  if (memory.size > REMEMBERED) memory.delete(memory.keys().next().value!)
}

/** One message for API clients and the admin alike: 「中文 / English」, shown in the reader's language where known. */
export const bilingualMessage = (zh: string, en: string): string => {
  const joined = `${zh}${SEPARATOR}${en}`
  remember(joined, { zh, en })
  return joined
}

/** The halves of a declared message, or undefined for any other text. */
export const halvesOf = (message: string): Halves | undefined => {
  const halves = memory.get(message)
  if (halves) remember(message, halves)
  return halves
}

/**
 * The message in `language`; unchanged when no language is asked (null) or the text is no declared message.
 * A text that quotes declared messages (several field errors joined into one) has each of them replaced.
 */
export const localizeMessage = (message: string, language: MessageLanguage | null): string => {
  if (!language) return message
  const halves = halvesOf(message)
  if (halves) return halves[language]
  if (!message.includes(SEPARATOR)) return message
  let result = message
  for (const [joined, known] of memory) if (result.includes(joined)) result = result.split(joined).join(known[language])
  return result
}
