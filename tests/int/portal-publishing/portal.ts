import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { ResolvedPortalOptions } from '../../../plugins/portal-publishing/types'

import { PORTAL_PUBLISHING_CUSTOM_KEY } from '../../../plugins/portal-publishing/defaults'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, ensureCategory, lexical } from '../../helpers/fixtures'

/**
 * Every publish, change and withdrawal of these suites goes through here, as the system (the workflow
 * plugin closes every other way to publish). One place to adapt if publishing changes.
 */
type ItemData = Record<string, unknown>

export const publishItem = (payload: Payload, data: ItemData) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      dateMade: '2011-03-01',
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      ...data,
      _status: 'published',
    } as never,
    context: systemPublishContext(),
    depth: 0,
  })

export const updatePublished = (payload: Payload, id: number, data: ItemData) =>
  payload.update({
    collection: 'disclosure-items',
    id,
    data: { ...data, _status: 'published' } as never,
    context: systemPublishContext(),
    depth: 0,
  })

export const publishPolicy = (payload: Payload, data: ItemData) =>
  payload.create({
    collection: 'policies',
    data: {
      level: 'normative-document',
      dateWritten: '2011-03-01',
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      ...data,
      _status: 'published',
    } as never,
    context: systemPublishContext(),
    depth: 0,
  })

/** Saves a draft beside the published version (what an editor's "save draft" does). */
export const saveDraft = (payload: Payload, id: number, data: ItemData) =>
  payload.update({
    collection: 'disclosure-items',
    id,
    data: data as never,
    draft: true,
    context: systemPublishContext(),
    depth: 0,
  })

/** Unpublishes: the document goes back to draft and leaves the portal. */
export const withdraw = (payload: Payload, id: number) =>
  payload.update({
    collection: 'disclosure-items',
    id,
    data: { _status: 'draft' } as never,
    context: systemPublishContext(),
    depth: 0,
  })

export const createDraftItem = (payload: Payload, data: ItemData) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      dateMade: '2011-03-01',
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      ...data,
      _status: 'draft',
    } as never,
    context: systemPublishContext(),
    depth: 0,
  })

/** An institution and theme of its own, so a test's filters see only its own documents. */
export const scene = async (payload: Payload) => {
  const institution = await createInstitution(payload)
  const theme = await ensureCategory(payload, 'theme', 'portal-theme-1', '综合政务')
  const otherTheme = await ensureCategory(payload, 'theme', 'portal-theme-2', '财政、金融、审计')
  const genre = await ensureCategory(payload, 'genre', 'portal-genre-1', '通知')
  return { institution: institution.id, theme: theme.id, otherTheme: otherTheme.id, genre: genre.id }
}

const HAN16 = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳'

/** A valid 文号 no other test uses: its issuer is random. */
export const uniqueDocumentNumber = (year = 2011) => {
  const issuer = [...crypto.randomBytes(3).toString('hex')].map((char) => HAN16[Number.parseInt(char, 16)]).join('')
  return `扎${issuer}发〔${year}〕${crypto.randomInt(1, 10_000)}号`
}

/** The plugin's live options; tests swap `revalidate` for a recorder. */
export const portalOptions = (payload: Payload) =>
  payload.config.custom[PORTAL_PUBLISHING_CUSTOM_KEY] as ResolvedPortalOptions

/** Waits for a condition that background work (after commit, jobs) makes true. */
export const eventually = async <T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 45_000, everyMs = 50 } = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
