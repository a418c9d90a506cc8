import type { Metadata } from 'next'

import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { CatalogueArticle } from '../../../_components/CatalogueArticle'
import { isCatalogueCollection } from '../../../_data/entries'
import { loadRelations } from '../../../_data/item'
import { portalPayload } from '../../../_data/payload'
import { loadDraft } from '../../../_data/preview'
import { positiveInt } from '../../../_data/searchParams'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: '预览', robots: { index: false, follow: false } }

type Params = { params: Promise<{ collection: string; id: string }> }

/**
 * A draft as it will look on the portal, for the editor who opened /preview (also inside the admin's live
 * preview). Without draft mode this page does not exist. Never cached: it reads drafts.
 */
export default async function PreviewPage({ params }: Params) {
  const { collection, id: rawId } = await params
  const id = positiveInt(rawId)
  if (!(await draftMode()).isEnabled || !isCatalogueCollection(collection) || !id) notFound()
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: await headers() })
  const doc = await loadDraft({ payload, collection, id, user })
  if (!doc) notFound()
  const relations = await loadRelations({ payload, collection, doc })
  return (
    <>
      <p className="notice" role="status">
        预览：这是{doc._status === 'published' ? '已发布文档的最新版本' : '尚未发布的草稿'}，公众看不到此页面。
      </p>
      <CatalogueArticle
        payload={payload}
        collection={collection}
        doc={doc}
        relations={relations}
        permalink={`/preview/${collection}/${id}`}
      />
    </>
  )
}
