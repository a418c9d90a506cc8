import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import type { ResolvedAnnualReportOptions } from '../types'

import { relationId } from '../../../src/lib/platform/ids'
import { prefilledSections, reportTitle } from '../prefill'
import { computeSnapshot } from '../snapshot'

export const institutionNameOf = async (
  req: PayloadRequest,
  id: number,
  options: ResolvedAnnualReportOptions,
): Promise<string | null> => {
  const institution = await req.payload.findByID({
    collection: options.institutionsCollection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const name = (institution as { name?: unknown } | null)?.name
  return typeof name === 'string' ? name : null
}

/**
 * A new report starts from the year's facts: its tables computed, its title in the national form, and its sections
 * 一, 五, 六 prefilled where the office left them empty. Without a year or an institution the fields' own checks
 * name what is missing.
 */
export const prepareReport =
  (options: ResolvedAnnualReportOptions): CollectionBeforeValidateHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || !data) return data
    const year = Number(data.year)
    const institution = relationId(data.institution)
    if (!Number.isInteger(year) || institution === null) return data
    const institutionName = await institutionNameOf(req, institution, options)
    if (institutionName === null) return data
    const snapshot = await computeSnapshot({
      req,
      scope: { year, institution, includesSubordinates: data.includesSubordinates === true },
      options,
    })
    const sections = prefilledSections({ institutionName, year, snapshot })
    return {
      ...data,
      title: data.title || reportTitle({ institutionName, year }),
      snapshot,
      overview: data.overview ?? sections.overview,
      problems: data.problems ?? sections.problems,
      otherMatters: data.otherMatters ?? sections.otherMatters,
    }
  }
