import { draftMode, headers } from 'next/headers'

import { isCatalogueCollection } from '../_data/entries'
import { portalPayload } from '../_data/payload'
import { isPreviewSecret, loadDraft } from '../_data/preview'
import { positiveInt } from '../_data/searchParams'

const refuse = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * `GET /preview?collection=&id=[&secret=]`: turns on Next.js draft mode for an editor signed in to the admin
 * (who may read that document) or a caller holding PREVIEW_SECRET, then shows the draft. Draft mode is a
 * signed cookie only this route sets, so the public never reaches a draft.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams
  const collection = query.get('collection') ?? ''
  const id = positiveInt(query.get('id') ?? undefined)
  if (!isCatalogueCollection(collection))
    return refuse(400, '预览参数 collection 无效 / collection is not a previewable collection')
  if (!id) return refuse(400, '预览参数 id 无效 / id must be a positive integer')
  const payload = await portalPayload()
  const hasSecret = isPreviewSecret(query.get('secret'))
  const { user } = hasSecret ? { user: null } : await payload.auth({ headers: await headers() })
  if (!hasSecret && !user) return refuse(401, '请先登录后台再预览 / sign in to the admin to preview')
  if (!(await loadDraft({ payload, collection, id, user })))
    return refuse(404, '未找到该文档或无权预览 / no such document, or not yours to preview')
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { Location: `/preview/${collection}/${id}`, 'Cache-Control': 'no-store' },
  })
}
