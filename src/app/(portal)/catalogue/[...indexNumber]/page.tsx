import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { CatalogueArticle } from '../../_components/CatalogueArticle'
import { entryPath } from '../../_data/entries'
import { noStaticParams } from '../../_data/idPage'
import { getByIndexNumber, getRelations } from '../../_data/item'
import { portalPayload } from '../../_data/payload'

type Params = { params: Promise<{ indexNumber: string[] }> }

export const generateStaticParams = noStaticParams
export const dynamicParams = true

/**
 * Index numbers keep their slash in the URL (`/catalogue/<front>/<back>`); an encoded one (%2F) works too.
 * Next.js hands the segments over decoded except for an encoded slash; decoding again would misread a
 * literal "%" (and throw on "100%").
 */
const indexNumberOf = async ({ params }: Params) =>
  (await params).indexNumber.map((segment) => segment.replace(/%2F/gi, '/')).join('/')

export async function generateMetadata(props: Params): Promise<Metadata> {
  const found = await getByIndexNumber(await indexNumberOf(props))
  return { title: found ? String(found.doc.title ?? found.doc.name) : '未找到' }
}

/** The permalink of every catalogue entry (信息, 政策文件, 办事指南), by its index number. */
export default async function CatalogueEntryPage(props: Params) {
  const indexNumber = await indexNumberOf(props)
  const found = await getByIndexNumber(indexNumber)
  if (!found) notFound()
  const [relations, payload] = await Promise.all([getRelations(found), portalPayload()])
  return <CatalogueArticle payload={payload} {...found} relations={relations} permalink={entryPath(indexNumber)} />
}
