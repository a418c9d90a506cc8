import type { Payload } from 'payload'

import { systemPublishContext } from '../../../src/lib/systemPublish'
import { lexical, unique } from '../../helpers/fixtures'

/** The data of a disclosure item complete enough to publish (every field required to publish is set). */
export const publishableItem = ({ institution, theme }: { institution: number; theme: number }) => ({
  title: unique('信息'),
  institution,
  dateMade: '2026-01-05',
  theme,
  body: lexical('正文'),
  disclosureMethod: 'proactive' as const,
  _status: 'published' as const,
})

/** Publishes a new disclosure item through the Local API; `context` reaches the numbering hooks. */
export const publishItem = (
  payload: Payload,
  { institution, theme, context }: { institution: number; theme: number; context?: Record<string, unknown> },
) => payload.create({ collection: 'disclosure-items', data: publishableItem({ institution, theme }), context: { ...systemPublishContext(), ...context }, depth: 0 })

/** The serial at the end of a number made by a `…{serial:N}` pattern. */
export const serialOf = (indexNumber: null | string | undefined): number => {
  const match = /(\d+)$/.exec(indexNumber ?? '')
  if (!match) throw new Error(`"${indexNumber}" does not end in a serial`)
  return Number(match[1])
}

/** The year the office's calendar (China Standard Time) shows now: the year in numbers issued today. */
export const currentYear = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())

/** 1..count, to compare a set of serials with a gapless run. */
export const oneTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1)
