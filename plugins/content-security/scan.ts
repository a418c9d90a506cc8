import type { Finding, ScanRules, ScanTarget } from './findings'

import { checkOutboundLinks } from './checks/outboundLinks'
import { checkPersonalData } from './checks/personalData'
import { checkPlaceNames } from './checks/placeNames'
import { checkSensitiveWords } from './checks/sensitiveWords'

/** The checks in the order their findings are reported for each target. */
export const checks = [checkSensitiveWords, checkPlaceNames, checkOutboundLinks, checkPersonalData] as const

/**
 * Every check over every target. Findings come in target order, then check order, then reading order; a
 * fingerprint found again is reported once (the first occurrence, raised to `block` if any occurrence blocks).
 */
export const scanTargets = ({ targets, rules }: { targets: ScanTarget[]; rules: ScanRules }): Finding[] => {
  const byFingerprint = new Map<string, Finding>()
  for (const target of targets) {
    for (const check of checks) {
      for (const found of check(target, rules)) {
        const earlier = byFingerprint.get(found.fingerprint)
        if (!earlier) byFingerprint.set(found.fingerprint, found)
        else if (found.severity === 'block' && earlier.severity !== 'block') {
          byFingerprint.set(found.fingerprint, { ...earlier, severity: 'block', message: found.message })
        }
      }
    }
  }
  return [...byFingerprint.values()]
}
