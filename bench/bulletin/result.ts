/** What the bulletin benchmark's children print, one JSON line each. */

export type PrepareResult = { issueId: number; entries: number }

export type ExportRunResult = {
  format: 'pdf' | 'docx'
  entries: number
  pages: number | null
  bytes: number
  /** Wall time of each export, in order; the first includes loading the fonts. */
  ms: number[]
  /** Resident memory once Payload has booted, before any export. */
  rssAfterBootMb: number
  /** The process's RSS high-water mark (`process.resourceUsage().maxRSS`) after the exports. */
  peakRssMb: number
  loadAverage: number
}
