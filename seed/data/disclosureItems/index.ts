import type { DisclosureItem } from '../../../payload-types'
import type { Refs } from '../../refs'
import type { Seed } from '../../upsert'
import type { ItemDefinition } from './types'

import { day } from '../../dates'
import { richText } from '../../richText'
import { appointmentNotices } from './appointments'
import { interpretations } from './interpretations'
import { meetingMinutes } from './meetings'
import { recruitment } from './recruitment'
import { reportItems } from './reportItems'
import { routineDocuments } from './routine'
import { withheld } from './withheld'

const ITEM_COUNT = 200
const FIRST_DAY = '2009-01-01'
const LAST_DAY = '2012-12-31'
const SUMMARY_LENGTH = 140

/** The 200 catalogue entries: what the 2011 report describes first, routine documents for the rest. */
export const itemDefinitions = (): ItemDefinition[] => {
  const described = [
    ...reportItems,
    ...interpretations,
    ...recruitment,
    ...withheld,
    ...appointmentNotices(),
    ...meetingMinutes(),
  ]
  const items = [...described, ...routineDocuments(ITEM_COUNT - described.length)]
  const titles = new Set<string>()
  for (const { title, date } of items) {
    if (titles.has(title)) throw new Error(`seed: two disclosure items are titled "${title}"`)
    if (date < FIRST_DAY || date > LAST_DAY)
      throw new Error(`seed: "${title}" is dated ${date}, outside ${FIRST_DAY}–${LAST_DAY}`)
    titles.add(title)
  }
  return items
}

export const itemKey = (title: string, dateMade: string) => `${title}@${new Date(dateMade).toISOString().slice(0, 10)}`

/** 内容概述: the text without the addressee line, cut well inside the 300-character limit. */
const summaryOf = (paragraphs: readonly string[]) => {
  const text = paragraphs
    .filter((paragraph, i) => !(i === 0 && paragraph.endsWith('：') && paragraph.length < 40))
    .join('')
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}……` : text
}

type ItemLinks = {
  /** Policy ids by title, for 政策解读. */
  policyIds: ReadonlyMap<string, number>
  /** Item ids by title, for superseded items. */
  itemIds: ReadonlyMap<string, number>
}

export const hasLinks = (item: ItemDefinition) => item.interprets !== undefined || item.supersedes !== undefined

const relatedOf = (item: ItemDefinition, { policyIds, itemIds }: ItemLinks): NonNullable<DisclosureItem['related']> => {
  const find = (ids: ReadonlyMap<string, number>, title: string) => {
    const id = ids.get(title)
    if (id === undefined) throw new Error(`seed: "${item.title}" links to "${title}", which is not saved`)
    return id
  }
  return [
    ...(item.interprets ? [{ relationTo: 'policies' as const, value: find(policyIds, item.interprets) }] : []),
    ...(item.supersedes ? [{ relationTo: 'disclosure-items' as const, value: find(itemIds, item.supersedes) }] : []),
  ]
}

/** Without `links`, `related` is left out: the documents it points to may not exist yet. */
export const disclosureItemSeed = (item: ItemDefinition, refs: Refs, links?: ItemLinks): Seed<'disclosure-items'> => {
  const dateMade = day(item.date)
  return {
    key: itemKey(item.title, dateMade),
    isDraft: item.isDraft,
    publishedAt: dateMade,
    data: {
      title: item.title,
      institution: refs.institution(item.institution),
      dateMade,
      documentNumber: item.documentNumber,
      theme: refs.theme(item.theme),
      genre: refs.genre(item.genre),
      serviceObjects: (item.serviceObjects ?? []).map(refs.serviceObject),
      keywords: [...item.keywords],
      summary: summaryOf(item.paragraphs),
      validity: item.validity ?? 'valid',
      disclosureMethod: item.disclosure?.method ?? 'proactive',
      nondisclosureReason: item.disclosure?.method === 'not-disclosed' ? item.disclosure.reason : undefined,
      body: richText(item.paragraphs),
      related: links ? relatedOf(item, links) : undefined,
      _status: item.isDraft ? 'draft' : 'published',
    },
  }
}
