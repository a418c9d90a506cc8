import type { Payload } from 'payload'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, ensureCategory, lexical, unique } from '../../helpers/fixtures'

/**
 * The one way these tests publish and withdraw: the Local API as the system (`systemPublishContext`), since
 * the workflow plugin closes every other door to publishing.
 */
export const publisher = (payload: Payload) => {
  const categories = async () => ({
    theme: (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id,
    genre: (await ensureCategory(payload, 'genre', 'G08', '通知')).id,
  })

  const publishItem = async (data: Record<string, unknown> = {}) => {
    const institution = (data.institution as number | undefined) ?? (await createInstitution(payload)).id
    return payload.create({
      collection: 'disclosure-items',
      data: {
        title: unique('门户测试信息'),
        institution,
        dateMade: '2025-03-05',
        ...(await categories()),
        summary: '门户测试摘要',
        body: lexical('门户测试正文'),
        disclosureMethod: 'proactive' as const,
        _status: 'published' as const,
        ...data,
      },
      depth: 0,
      context: systemPublishContext(),
    })
  }

  const publishPolicy = async (data: Record<string, unknown> = {}) => {
    const issuer = (data.issuer as number | undefined) ?? (await createInstitution(payload)).id
    return payload.create({
      collection: 'policies',
      data: {
        title: unique('门户测试政策'),
        level: 'normative-document' as const,
        issuer,
        dateWritten: '2025-02-01',
        datePublished: '2025-02-03',
        body: lexical('政策正文'),
        disclosureMethod: 'proactive' as const,
        _status: 'published' as const,
        ...data,
      },
      depth: 0,
      context: systemPublishContext(),
    })
  }

  /** Withdrawal: back to draft (the document stays, the public stops seeing it). */
  const withdraw = (collection: 'disclosure-items' | 'policies', id: number) =>
    payload.update({ collection, id, data: { _status: 'draft' as const }, depth: 0, context: systemPublishContext() })

  return { publishItem, publishPolicy, withdraw, categories }
}
