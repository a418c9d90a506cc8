import type { BilingualText } from '../../src/lib/platform/labels'

/** The kinds of problem the content security checks look for. */
export type FindingCheck = 'sensitiveWord' | 'placeName' | 'outboundLink' | 'personalData'

/** `block` refuses publication until the finding is fixed or accepted as a false positive; `warn` is reported only. */
export type FindingSeverity = 'block' | 'warn'

/** One problem found in one field of a document. */
export type Finding = {
  check: FindingCheck
  severity: FindingSeverity
  /** Where it was found: `title`, `summary`, `body`, `attachments.<media id>`. */
  field: string
  /** The text that matched, as written (personal data masked: `1501**********1234`). */
  match: string
  /** Up to 20 characters either side of the match, for the report (personal data masked here too). */
  context: string
  /**
   * Stable across rescans and edits elsewhere in the document: the check, the field and the normalised match.
   * A finding accepted as a false positive stays accepted while its fingerprint is found again.
   */
  fingerprint: string
  /** Why it is a problem, in both languages (names the word, the place or the domain). */
  message: BilingualText
}

/** One piece of text to scan, with the links it carries (rich text keeps its links apart from its text). */
export type ScanTarget = { field: string; text: string; links?: string[] }

/** What the checks compare text against; loaded from the database by the plugin, passed to the pure checks. */
export type ScanRules = {
  /** The sensitive-word list (case-insensitive, full-width folded). */
  words: Array<{ term: string; severity: FindingSeverity; category?: string }>
  /**
   * Official names of places and institutions (from `institutions` and the plugin's options): a name standing
   * before 人民政府 / 政府 / a department suffix that is none of these is reported.
   */
  officialNames: string[]
  /** Domains outbound links may point to without a finding (subdomains included). */
  allowedLinkDomains: string[]
}
