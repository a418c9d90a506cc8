import type { Finding, ScanRules, ScanTarget } from '../findings'

import { personalDataSpans } from './personalDataSpans'
import { contextOf, finding } from './text'

export { idCheckCharacter, isIdNumber, maskIdNumber, maskMobile } from './personalDataSpans'

/**
 * 身份证号 (valid check character, plausible birth date) and mainland mobile numbers. Both block publication;
 * the finding shows them masked, in the match, the context and the fingerprint (which is stored). Landlines
 * (0470-3204029) are public contact details, not personal data.
 */
export const checkPersonalData = (target: ScanTarget, _rules: ScanRules): Finding[] => {
  const { text, field } = target
  if (!text) return []
  return personalDataSpans(text).map((span) =>
    finding({
      check: 'personalData',
      severity: 'block',
      field,
      match: span.masked,
      context: contextOf(text, span.start, span.end),
      normalisedMatch: span.masked,
      message:
        span.kind === 'id'
          ? { zh: `包含公民身份号码 ${span.masked}`, en: `contains a citizen identity number (${span.masked})` }
          : { zh: `包含手机号码 ${span.masked}`, en: `contains a mobile phone number (${span.masked})` },
    }),
  )
}
