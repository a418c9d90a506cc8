import type { PayloadRequest } from 'payload'

import type { EntrySnapshot, LexicalDocument } from './printable'
import type { DocumentRef } from './sources'

import { PROACTIVE_DISCLOSURE } from '../../src/lib/platform/disclosureMethod'
import { bilingualMessage } from '../../src/lib/platform/labels'
import { isCollectionSlug } from '../../src/lib/platform/slugs'
import { contentHashOf } from './contentHash'
import { dateFieldOf, isoDay } from './sources'

export class SnapshotError extends Error {}

/**
 * What prints of a placed document, from its latest published version: the version id and a copy of
 * the printed fields with their sha256. Runs in the request's transaction.
 */
export const snapshotOf = async (req: PayloadRequest, ref: DocumentRef): Promise<EntrySnapshot> => {
  const noPublishedVersion = () =>
    new SnapshotError(
      bilingualMessage(
        `文件 ${ref.collection}/${ref.id} 没有主动公开的已发布版本`,
        `document ${ref.collection}/${ref.id} has no published, proactive version`,
      ),
    )
  const collection = ref.collection
  if (!isCollectionSlug(req.payload, collection)) throw noPublishedVersion()
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: ref.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const found = docs[0] as { id: number | string; version: Record<string, unknown> } | undefined
  const version = found?.version
  if (!found || !version || version.disclosureMethod !== PROACTIVE_DISCLOSURE) throw noPublishedVersion()
  const printed = {
    collection: ref.collection,
    documentId: ref.id,
    versionId: String(found.id),
    title: String(version.title ?? ''),
    documentNumber: (version.documentNumber as string | null | undefined) || null,
    indexNumber: (version.indexNumber as string | null | undefined) || null,
    date: isoDay(version[dateFieldOf(ref.collection)]) ?? isoDay(version.dateWritten),
    body: (version.body as LexicalDocument | null | undefined) ?? null,
  }
  return { ...printed, contentHash: contentHashOf(printed) }
}
