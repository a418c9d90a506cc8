import type { PayloadRequest } from 'payload'

import type { PolicyFacts } from '../tables/table2'
import type { ResolvedAnnualReportOptions } from '../types'

import { relationId } from '../../../src/lib/platform/ids'

type StoredPolicy = {
  id: number
  level?: string | null
  validity?: string | null
  dateWritten?: string | null
  datePublished?: string | null
  dateEffective?: string | null
  replaces?: unknown
}

const NO_LONGER_VALID = ['repealed', 'expired', 'amended']
const REPEALED = ['repealed', 'expired']

const UNDATED = ''

const earlier = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : (a ?? b))

/**
 * The published policies of the institutions that table 二 counts, with when each stopped being in force: the day
 * the published document replacing it took effect, else the first version recorded as no longer valid (none for a
 * document entered already repealed).
 */
export const loadPolicyFacts = async ({
  req,
  institutions,
  options,
}: {
  req: PayloadRequest
  institutions: number[]
  options: ResolvedAnnualReportOptions
}): Promise<PolicyFacts[]> => {
  const { rules, normativeDocuments } = options.policyLevels
  const collection = options.policiesCollection
  const published = { _status: { equals: 'published' } }
  const { docs } = await req.payload.find({
    collection,
    where: { and: [published, { issuer: { in: institutions } }, { level: { in: [...rules, ...normativeDocuments] } }] },
    // Every year's rules and normative documents of the institutions: their dates and state, never their bodies.
    select: { level: true, validity: true, dateWritten: true, datePublished: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const policies = docs as unknown as StoredPolicy[]
  const ended = policies.filter(({ validity }) => NO_LONGER_VALID.includes(validity ?? '')).map(({ id }) => id)
  const endedOn = new Map<number, string>()
  if (ended.length > 0) {
    const replacements = await req.payload.find({
      collection,
      where: { and: [published, { replaces: { in: ended } }] },
      select: { replaces: true, dateEffective: true, datePublished: true, dateWritten: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const replacement of replacements.docs as unknown as StoredPolicy[]) {
      const replaced = relationId(replacement.replaces)
      const day = replacement.dateEffective ?? replacement.datePublished ?? replacement.dateWritten
      if (replaced !== null && day) endedOn.set(replaced, earlier(endedOn.get(replaced), day)!)
    }
    // The first version of each that says it is no longer valid, unless its very first version already did
    // (entered repealed: when it happened is not known here).
    const versions = await req.payload.findVersions({
      collection,
      where: { parent: { in: ended } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const seen = new Set<number>()
    for (const version of versions.docs) {
      const parent = relationId(version.parent)
      if (parent === null || endedOn.has(parent)) continue
      const isFirst = !seen.has(parent)
      seen.add(parent)
      const validity = (version.version as { validity?: string | null }).validity ?? ''
      if (NO_LONGER_VALID.includes(validity) && !isFirst) endedOn.set(parent, version.createdAt)
      else if (NO_LONGER_VALID.includes(validity)) endedOn.set(parent, UNDATED)
    }
  }
  return policies.flatMap((policy): PolicyFacts[] => {
    const madeOn = policy.dateWritten ?? policy.datePublished
    if (!madeOn) return []
    return [
      {
        kind: rules.includes(policy.level ?? '') ? 'rules' : 'normativeDocuments',
        madeOn,
        isRepealed: REPEALED.includes(policy.validity ?? ''),
        hasEnded: NO_LONGER_VALID.includes(policy.validity ?? ''),
        endedOn: endedOn.get(policy.id) || null,
      },
    ]
  })
}
