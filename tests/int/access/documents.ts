import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { ContentCase, ContentCollection, Method, Status } from './matrix'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { ensureCategory, lexical, unique } from '../../helpers/fixtures'

type ContentData = {
  institution: number
  status: Status
  method?: Method
  title?: string
  reviewNotes?: string
}

/** A document valid for its status: a published one carries everything publishing requires. */
export const contentData = async (
  payload: Payload,
  collection: ContentCollection,
  { institution, status, method = 'proactive', title = unique('访问控制'), reviewNotes }: ContentData,
): Promise<Record<string, unknown>> => {
  const disclosure = collection.hasDisclosureMethod
    ? {
        disclosureMethod: method,
        ...(method === 'not-disclosed' ? { nondisclosureReason: '第十四条：国家秘密' } : {}),
      }
    : {}
  const common = { _status: status, ...disclosure, ...(reviewNotes === undefined ? {} : { reviewNotes }) }
  switch (collection.slug) {
    case 'disclosure-items': {
      const theme = await ensureCategory(payload, 'theme', 'ACCESS-T', '访问控制测试')
      return { ...common, title, institution, dateMade: '2024-03-01', theme: theme.id, body: lexical('正文') }
    }
    case 'policies':
      return {
        ...common,
        title,
        issuer: institution,
        level: 'normative-document',
        dateWritten: '2024-03-01',
        body: lexical('正文'),
      }
    case 'approval-services':
      return {
        ...common,
        name: title,
        institution,
        serviceType: 'licensing',
        legalBasis: '《中华人民共和国行政许可法》',
        conditions: lexical('受理条件'),
        materials: [{ name: '申请书', form: ['original'] }],
      }
    case 'officials':
      return { ...common, name: title, institution, post: '局长' }
  }
}

/** Creates a document as the system does (Local API, no user, publishing as the system): the matrix's subject, not its actor. */
export const createContent = async (payload: Payload, collection: ContentCollection, data: ContentData) =>
  (await payload.create({
    collection: collection.slug,
    data: (await contentData(payload, collection, data)) as never,
    depth: 0,
    context: systemPublishContext(),
  })) as unknown as Record<string, any> & { id: number }

export const institutionOf = (cast: { own: number; other: number }, documentCase: ContentCase) =>
  documentCase.placement === 'own' ? cast.own : cast.other

/** The document as stored now, latest draft included, whatever any caller may see. */
export const storedContent = async (payload: Payload, collection: ContentCollection, id: number) =>
  (await payload.findByID({ collection: collection.slug, id, draft: true, depth: 0, disableErrors: true })) as
    (Record<string, any> & { id: number }) | null

const noCases = { upheld: 0, corrected: 0, other: 0, pending: 0 }

/** An annual report valid for its status (the tables are computed when it is created). */
export const annualReportData = ({
  institution,
  status,
}: {
  institution: number
  status: Status
}): RequiredDataFromCollectionSlug<'annual-reports'> => ({
  _status: status,
  year: 2025,
  institution,
  title: unique('访问控制年度报告'),
  decisions: { licensing: 0, penalties: 0, enforcement: 0, fees: 0 },
  table4: { review: noCases, lawsuitDirect: noCases, lawsuitAfterReview: noCases },
})
