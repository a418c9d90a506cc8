import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'

import type { Office } from '../workflow-approval/steps'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { lexical, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { workflowSteps } from '../workflow-approval/steps'

export type { Office } from '../workflow-approval/steps'
export { createOffice } from '../workflow-approval/steps'

/** The whole app's REST routes: the content checks run with every plugin's hooks, as in production. */
export const { act, draftItem } = workflowSteps(rest)

/** The 2011 annual report as captured from a hijacked mirror: the city's name replaced by a gambling brand. */
export const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/annual-report-2011.txt', import.meta.url), 'utf8')

export const BRAND = 'UedBet体育'

/** The fixture with the city's name put back. */
export const CLEANED_TEXT = FIXTURE_TEXT.replaceAll(BRAND, '扎兰屯市')

/** The fixture's paragraphs as a rich-text body. */
export const bodyOf = (text: string) =>
  lexical(
    ...text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  )

/** The word on the list, as the seed puts it there (the test database has no seed; suites in parallel may race). */
export const ensureWord = async (payload: Payload, term: string, severity: 'block' | 'warn' = 'block') => {
  const find = async () =>
    (await payload.find({ collection: 'sensitive-words', where: { term: { equals: term } }, depth: 0 })).docs[0]
  const existing = await find()
  if (existing) return existing
  try {
    return await payload.create({
      collection: 'sensitive-words',
      data: { term, severity, category: 'gambling' },
      depth: 0,
    })
  } catch (err) {
    const raced = await find()
    if (raced) return raced
    throw err
  }
}

/** A disclosure item of the office published as the system (an import), with the body given. */
export const importItem = (payload: Payload, office: Office, text: string) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('2011年政府信息公开年度报告'),
      institution: office.institutionId,
      dateMade: '2012-02-27',
      theme: office.themeId,
      body: bodyOf(text) as never,
      disclosureMethod: 'proactive',
      _status: 'published',
    },
    depth: 0,
    context: systemPublishContext(),
  })

/** The steps before the final approval, each by its role. */
export const bringToSignoff = async (office: Office, id: number) => {
  const steps: Array<[keyof Office['cast'], Record<string, unknown>]> = [
    ['editor', { action: 'submit' }],
    ['reviewer', { action: 'approve' }],
    ['secrecy-reviewer', { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '不涉密' }],
  ]
  for (const [role, body] of steps) {
    const response = await act(office.cast[role], id, body)
    if (response.status !== 200) throw new Error(`${String(body.action)}: ${response.status} ${response.text}`)
  }
}

export const finalApproval = (office: Office, id: number) =>
  act(office.cast.signer, id, { action: 'approve', disclosureMethod: 'proactive' })

/** The error a Local API call threw, for its status and field errors. */
export const refusalOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (err) {
    const error = err as { status?: number; data?: { errors?: Array<{ path: string; message: string }> } }
    return { status: error.status, errors: error.data?.errors ?? [] }
  }
  throw new Error('expected a refusal')
}
