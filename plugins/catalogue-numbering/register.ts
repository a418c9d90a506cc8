import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { REGISTRY_SLUG } from './defaults'

export type RegisterEntry = Pick<
  DataFromCollectionSlug<typeof REGISTRY_SLUG>,
  'collectionSlug' | 'documentId' | 'indexNumber' | 'status'
>

/** The register's entry for a number, assigned or voided; null when the number was never issued. */
export const findRegistered = async (req: PayloadRequest, indexNumber: string): Promise<null | RegisterEntry> => {
  const { docs } = await req.payload.find({
    collection: REGISTRY_SLUG,
    where: { indexNumber: { equals: indexNumber } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
