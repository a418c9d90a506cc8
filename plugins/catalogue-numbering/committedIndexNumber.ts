import type { CollectionSlug, PayloadRequest } from 'payload'

/** The document's index number as committed now (read under its lock): one column, no joins, no hooks. */
export const committedIndexNumber = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<null | string> => {
  const current = await req.payload.db.findOne<{ id: number | string; indexNumber?: null | string }>({
    collection,
    where: { id: { equals: id } },
    select: { indexNumber: true },
    req,
  })
  return current?.indexNumber ?? null
}
