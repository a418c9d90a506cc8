import type { PayloadRequest } from 'payload'

import { REGISTRY_SLUG } from './defaults'

export type RegisterEntry = {
  indexNumber: string
  collectionSlug: string
  documentId: string
  status: 'assigned' | 'voided'
}

/** The register's entry for a number, assigned or voided; null when the number was never issued. */
export const findRegistered = async (req: PayloadRequest, indexNumber: string): Promise<null | RegisterEntry> => {
  const { docs } = await req.payload.find({
    collection: REGISTRY_SLUG as never,
    where: { indexNumber: { equals: indexNumber } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as RegisterEntry | undefined) ?? null
}
