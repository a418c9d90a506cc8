import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { resolveOptions } from '../../../plugins/timeliness/defaults'
import { loadLatePublisherReport } from '../../../plugins/timeliness/report/loadReport'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { lexical, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createOffice } from '../workflow-approval/steps'

/**
 * The dashboard's late list is an overview: each institution's newest late items, counted in SQL, while the report
 * and the notice list every one. Both are read here from the same documents: 23 late items of one institution
 * published on 23 days of March 2025, two on time, and one late item of a second institution.
 */
let payload: Payload
let crowded: number
let quiet: number
const LATE = 23

const publish = (institution: number, theme: number, dateMade: string, publishedAt: string) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('逾期概览'),
      institution,
      theme,
      dateMade,
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      _status: 'published',
    } as never,
    context: systemPublishContext({ publishedAt }),
    depth: 0,
  })

beforeAll(async () => {
  payload = await getTestPayload()
  const [first, second] = await Promise.all([createOffice(payload), createOffice(payload)])
  crowded = first.institutionId
  quiet = second.institutionId
  for (let day = 1; day <= LATE; day++) {
    await publish(crowded, first.themeId, '2024-06-03', `2025-03-${String(day).padStart(2, '0')}T02:00:00Z`)
  }
  await publish(crowded, first.themeId, '2025-03-24', '2025-03-25T02:00:00Z')
  await publish(crowded, first.themeId, '2025-03-24', '2025-03-26T02:00:00Z')
  await publish(quiet, second.themeId, '2024-06-03', '2025-03-10T02:00:00Z')
})

const report = async (institution: null | number, lateRowsPerInstitution?: number) =>
  loadLatePublisherReport({
    req: await createLocalReq({}, payload),
    options: resolveOptions({}),
    query: { from: '2025-03-01', to: '2025-03-31', institution },
    ...(lateRowsPerInstitution === undefined ? {} : { lateRowsPerInstitution }),
  })

describe("the dashboard's late list", () => {
  it('should hold the 20 newest late items of an institution and count all of them, as the whole report lists them', async () => {
    const [overview, whole] = await Promise.all([report(crowded, 20), report(crowded)])
    const shown = overview.institutions.find((entry) => entry.institution === crowded)!
    const listed = whole.institutions.find((entry) => entry.institution === crowded)!
    expect(listed.latePublications).toHaveLength(LATE)
    expect(listed.lateCount).toBe(LATE)
    expect(shown.lateCount).toBe(LATE)
    // The same rows as the whole list's last 20 (oldest first), field for field.
    expect(shown.latePublications).toEqual(listed.latePublications.slice(-20))
    expect(shown.latePublications.at(-1)?.publishedOn).toBe(`2025-03-${LATE}`)
    expect(shown.latePublications.every((row) => row.isLate && row.dateMade === '2024-06-03')).toBe(true)
  })

  it('should bound each institution on its own when the dashboard shows them all', async () => {
    const overview = await report(null, 20)
    expect(overview.institutions.find((entry) => entry.institution === crowded)?.latePublications).toHaveLength(20)
    const single = overview.institutions.find((entry) => entry.institution === quiet)
    expect(single?.lateCount).toBe(1)
    expect(single?.latePublications.map((row) => row.publishedOn)).toEqual(['2025-03-10'])
  })
})
