import type { Payload } from 'payload'

import type { CatalogueDocument, Relations } from '../_data/item'

import { formatDate } from '../_data/dates'
import { optionLabels } from '../_data/labels'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { Downloads } from './Downloads'
import { type MetadataRow, MetadataTable } from './MetadataTable'
import { PrintButton } from './PrintButton'
import { RelatedLinks } from './RelatedLinks'
import { RichTextBody } from './RichTextBody'
import { ServiceGuide } from './ServiceGuide'

type Doc = Record<string, unknown>

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as Doc).name ?? '') || null : null

const metadataRows = (payload: Payload, { collection, doc }: CatalogueDocument): MetadataRow[] => {
  const label = (field: string) => optionLabels(payload, collection, field)[String(doc[field])] ?? null
  const disclosure = label('disclosureMethod')
  if (collection === 'policies') {
    return [
      { label: '索引号', value: doc.indexNumber as string },
      { label: '发文机关', value: nameOf(doc.issuer) },
      { label: '成文日期', value: formatDate(doc.dateWritten as string) },
      { label: '发布日期', value: formatDate(doc.datePublished as string) },
      { label: '施行日期', value: formatDate(doc.dateEffective as string) },
      { label: '文号', value: doc.documentNumber as string },
      { label: '主题分类', value: nameOf(doc.theme) },
      { label: '效力级别', value: label('level') },
      { label: '有效性', value: label('validity') },
      { label: '公开方式', value: disclosure },
    ]
  }
  if (collection === 'approval-services') {
    return [
      { label: '索引号', value: doc.indexNumber as string },
      { label: '实施主体', value: nameOf(doc.institution) },
      { label: '事项类型', value: label('serviceType') },
      { label: '基本编码', value: doc.basicCode as string },
      { label: '实施编码', value: doc.implementationCode as string },
      { label: '主题分类', value: nameOf(doc.theme) },
      { label: '公开方式', value: disclosure },
    ]
  }
  return [
    { label: '索引号', value: doc.indexNumber as string },
    { label: '发布机构', value: nameOf(doc.institution) },
    { label: '生成日期', value: formatDate(doc.dateMade as string) },
    { label: '文号', value: doc.documentNumber as string },
    { label: '主题分类', value: nameOf(doc.theme) },
    { label: '体裁分类', value: nameOf(doc.genre) },
    { label: '有效性', value: label('validity') },
    { label: '公开方式', value: disclosure },
  ]
}

/** The column each kind of entry is listed in: the crumb before the entry itself. */
const sectionOf: Record<CatalogueDocument['collection'], Crumb> = {
  'disclosure-items': { label: '公开目录', href: '/catalogue' },
  policies: { label: '政策文件', href: '/policies' },
  'approval-services': { label: '办事服务', href: '/services' },
}

type CatalogueArticleProps = CatalogueDocument & { payload: Payload; relations: Relations; permalink: string }

/** One catalogue entry: metadata table, then the text (or the service guide), files and links. */
export function CatalogueArticle({ payload, collection, doc, relations, permalink }: CatalogueArticleProps) {
  const title = String(doc.title ?? doc.name ?? '')
  const validity = String(doc.validity ?? 'valid')
  const section = sectionOf[collection]
  return (
    <article>
      <Breadcrumbs trail={[section, { label: title }]} />
      <MetadataTable rows={metadataRows(payload, { collection, doc })} />
      <h1>{title}</h1>
      {validity !== 'valid' && (
        <p className="notice">本文件{optionLabels(payload, collection, 'validity')[validity]}，仅供查阅。</p>
      )}
      {collection === 'approval-services' ? (
        <ServiceGuide payload={payload} doc={doc} />
      ) : (
        <>
          {typeof doc.summary === 'string' && doc.summary && <p className="summary">{doc.summary}</p>}
          <RichTextBody value={doc.body} />
          <Downloads files={doc.attachments} />
        </>
      )}
      <RelatedLinks relations={relations} />
      <p className="print-only">本页地址：{permalink}</p>
      <div className="item-tools no-print">
        <PrintButton />
        <p>打印时页面自动去掉导航，只留索引信息和正文；也可使用浏览器的“打印”（Ctrl+P）。</p>
      </div>
    </article>
  )
}
