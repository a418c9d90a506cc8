import type { CollectionSlug, FilterOptionsProps, RelationshipField, Validate, Where } from 'payload'

import { PROACTIVE_DISCLOSURE } from '../../../src/lib/platform/disclosureMethod'
import { bilingual, bilingualMessage } from '../../../src/lib/platform/labels'
import { isCollectionSlug } from '../../../src/lib/platform/slugs'
import { dateFieldOf, refOf } from '../sources'

/**
 * Only published, proactively disclosed (主动公开) documents can be placed in an issue: the bulletin
 * is a public channel. The error names the entry by its title, so the editor finds it.
 */
const onlyPublishedProactive: Validate = async (value, { req }) => {
  const ref = refOf(value)
  if (!ref) return bilingualMessage('请选择要刊登的文件', 'choose the document to place')
  const collection = ref.collection
  if (!isCollectionSlug(req.payload, collection))
    return bilingualMessage(`没有“${collection}”这类文件`, `there are no documents of the kind "${collection}"`)
  const doc = (await req.payload.findByID({
    collection,
    id: ref.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!doc)
    return bilingualMessage(
      `文件 ${ref.collection}/${ref.id} 不存在`,
      `document ${ref.collection}/${ref.id} does not exist`,
    )
  const name = `“${String(doc.title ?? ref.id)}”`
  if (doc._status !== 'published') {
    return bilingualMessage(`${name}尚未发布，不能刊登`, `${name} is not published and cannot be placed`)
  }
  if (doc.disclosureMethod !== PROACTIVE_DISCLOSURE) {
    return bilingualMessage(
      `${name}不是主动公开的信息，不能刊登`,
      `${name} is not proactively disclosed (主动公开) and cannot be placed`,
    )
  }
  return true
}

/**
 * The picker offers published, proactive documents in the issue's coverage period; in the rules
 * column (政府令/规章) only rules.
 */
export const pickerFilter = ({
  relationTo,
  data,
  siblingData,
}: Pick<FilterOptionsProps, 'relationTo' | 'data' | 'siblingData'>): Where | false => {
  const conditions: Where[] = [
    { _status: { equals: 'published' } },
    { disclosureMethod: { equals: PROACTIVE_DISCLOSURE } },
  ]
  const dateField = dateFieldOf(relationTo)
  type Row = { id?: string | null }
  const issue = (data ?? {}) as { coversFrom?: string | null; coversTo?: string | null; sections?: unknown }
  if (issue.coversFrom) conditions.push({ [dateField]: { greater_than_equal: issue.coversFrom } })
  if (issue.coversTo) conditions.push({ [dateField]: { less_than_equal: issue.coversTo } })
  // The entry's section: the one holding this row (by its row id, as the admin's form state copies rows).
  // In the admin's form state an array without rows is its row count (0), not an array: only arrays hold rows.
  const row = siblingData as Row | undefined
  const holdsRow = (entries: unknown) =>
    Array.isArray(entries) && entries.some((entry: Row) => entry === row || (row?.id && entry?.id === row.id))
  const sections = (Array.isArray(issue.sections) ? issue.sections : []) as Array<{
    column?: unknown
    entries?: unknown
  } | null>
  const section = sections.find((candidate) => holdsRow(candidate?.entries))
  if (section?.column === 'rules') {
    if (relationTo !== 'policies') return false
    conditions.push({ level: { in: ['government-rule', 'departmental-rule'] } })
  }
  return { and: conditions }
}

export const placeableDocumentField = (sources: CollectionSlug[]): RelationshipField => ({
  name: 'document',
  type: 'relationship',
  relationTo: sources,
  required: true,
  label: bilingual('文件', 'Document'),
  filterOptions: pickerFilter,
  validate: onlyPublishedProactive,
  admin: {
    description: bilingual(
      '只列出已发布、主动公开的信息；按期刊的“收录期间”筛选。',
      'Lists published, proactive documents in the issue’s coverage period.',
    ),
  },
})
