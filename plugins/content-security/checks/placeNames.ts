import type { Finding, ScanRules, ScanTarget } from '../findings'

export const checkPlaceNames = (_target: ScanTarget, _rules: ScanRules): Finding[] => []
