import type { Payload } from 'payload'

import type { Cast } from '../access/cast'
import type { Caller } from '../access/doors'

import { unique } from '../../helpers/fixtures'
import { createCast, signIn } from '../access/cast'

export const SLUG = 'disclosure-requests'

/** The cast of the access suites, and an editor of the other institution. */
export type Office = Cast & { otherEditor: Caller }

export const createOffice = async (payload: Payload): Promise<Office> => {
  const cast = await createCast(payload)
  return { ...cast, otherEditor: await signIn(payload, ['editor'], [cast.other]) }
}

/** A request as the office registers one from a letter. */
export const requestData = (institution: number, data: Record<string, unknown> = {}) => ({
  applicantType: 'naturalPerson',
  applicantName: unique('张三'),
  applicantIdNumber: '110101199003074514',
  contact: { phone: '13800000000', email: 'applicant@example.com', address: '某市某路1号' },
  channel: 'letter',
  receivedOn: '2026-03-02T00:00:00.000Z',
  requestedInformation: '2025年某道路改造工程的预算批复文件',
  handlingInstitution: institution,
  ...data,
})

/** Registered through the Local API as the system does (access overridden). */
export const registerRequest = async (payload: Payload, institution: number, data: Record<string, unknown> = {}) =>
  payload.create({ collection: SLUG, data: requestData(institution, data) as never, depth: 0 })
