import type { PayloadRequest } from 'payload'

import type { ResolvedAnnualReportOptions } from '../types'

import { relationId } from '../../../src/lib/platform/ids'

/**
 * The institutions a report counts: the institution alone, or for the whole government the institution and every
 * institution under it, however deep (departments, their internal offices, townships).
 */
export const institutionScope = async ({
  req,
  institution,
  includesSubordinates,
  options,
}: {
  req: PayloadRequest
  institution: number
  includesSubordinates: boolean
  options: ResolvedAnnualReportOptions
}): Promise<number[]> => {
  if (!includesSubordinates) return [institution]
  const { docs } = await req.payload.find({
    collection: options.institutionsCollection,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const childrenOf = new Map<number, number[]>()
  for (const doc of docs as Array<{ id: number; parent?: unknown }>) {
    const parent = relationId(doc.parent)
    if (parent !== null) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), doc.id])
  }
  const scope = new Set([institution])
  const queue = [institution]
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.shift()!) ?? []) {
      if (!scope.has(child)) {
        scope.add(child)
        queue.push(child)
      }
    }
  }
  return [...scope]
}
