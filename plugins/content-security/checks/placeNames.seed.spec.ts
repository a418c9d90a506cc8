import { describe, expect, it } from 'vitest'

import type { Refs } from '../../../seed/refs'
import type { ScanTarget } from '../findings'

import { annualReport2011 } from '../../../seed/data/annualReport2011'
import { serviceSeeds } from '../../../seed/data/approvalServices'
import { categorySeeds } from '../../../seed/data/categories'
import { itemDefinitions } from '../../../seed/data/disclosureItems'
import { departments, government } from '../../../seed/data/institutions'
import { officials } from '../../../seed/data/officials'
import { policies } from '../../../seed/data/policies'
import { siteSettingsSeed } from '../../../seed/data/siteSettings'
import { scanTargets } from '../scan'
import { checkPlaceNames } from './placeNames'

/** Every id a seed asks for is 1: the checks read the text, not the relations. */
const refs: Refs = { theme: () => 1, genre: () => 1, serviceObject: () => 1, institution: () => 1 }

/** Every string of the demo data: titles, summaries, paragraphs, rich text's text nodes, names, addresses. */
const seedStrings = (): string[] => {
  const strings: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk)
  }
  walk([
    annualReport2011,
    serviceSeeds(refs),
    categorySeeds(),
    itemDefinitions(),
    government,
    departments,
    officials,
    policies,
    siteSettingsSeed(),
  ])
  return strings
}

const officialNames = [
  government.name,
  ...departments.map((department) => department.name),
  '呼伦贝尔市',
  '内蒙古自治区',
]

describe('place names in the demo data', () => {
  const targets: ScanTarget[] = seedStrings().map((text, index) => ({ field: `seed.${index}`, text }))

  it('should read thousands of strings of demo data', () => {
    expect(targets.length).toBeGreaterThan(3000)
  })

  it('should find no place name, blocking or warning, in the demo data', () => {
    const findings = targets.flatMap((target) =>
      checkPlaceNames(target, { words: [], officialNames, allowedLinkDomains: [] }),
    )
    expect(findings.map((found) => `${found.severity} ${found.match}: ${found.context}`)).toEqual([])
  })

  it('should find nothing that blocks publication in the demo data with every check', () => {
    const findings = scanTargets({
      targets,
      rules: { words: [], officialNames, allowedLinkDomains: ['gov.cn'] },
    })
    expect(findings.filter((found) => found.severity === 'block')).toEqual([])
  })
})
