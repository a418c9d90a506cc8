import type { Block } from './blocks'

/**
 * A single document printed in the bulletin's layout (a title, a line under it, then blocks), for other plugins'
 * reports: the annual disclosure report, the late-publisher notice. Same fonts, page and tables as an issue.
 */
export type PrintableDocument = {
  title: string
  /** Printed centred under the title (the publisher and the date, as a report's 落款 reads). */
  subtitle: string
  /** The PDF's author and the DOCX's creator. */
  publisher: string
  /** YYYY-MM-DD: the files are dated from it, so the same document gives the same bytes. */
  publicationDate: string
  blocks: Block[]
}
