import type { Payload } from 'payload'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { lexical, unique } from '../../helpers/fixtures'

/** Today in the office's calendar (China Standard Time), as a date-only value. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

/**
 * The data of a disclosure item complete enough to publish (every field required to publish is set).
 * Made today unless `dateMade` says otherwise: the number's year and month are read from it.
 */
export const publishableItem = ({
  institution,
  theme,
  dateMade = today(),
}: {
  institution: number
  theme: number
  dateMade?: string
}) => ({
  title: unique('信息'),
  institution,
  dateMade,
  theme,
  body: lexical('正文'),
  disclosureMethod: 'proactive' as const,
  _status: 'published' as const,
})

/** Publishes a new disclosure item through the Local API; `context` reaches the numbering hooks. */
export const publishItem = (
  payload: Payload,
  {
    institution,
    theme,
    dateMade,
    context,
  }: { institution: number; theme: number; dateMade?: string; context?: Record<string, unknown> },
) =>
  payload.create({
    collection: 'disclosure-items',
    data: publishableItem({ institution, theme, dateMade }),
    context: { ...systemPublishContext(), ...context },
    depth: 0,
  })

/** The serial at the end of a number made by a `…{serial:N}` pattern. */
export const serialOf = (indexNumber: null | string | undefined): number => {
  const match = /(\d+)$/.exec(indexNumber ?? '')
  if (!match) throw new Error(`"${indexNumber}" does not end in a serial`)
  return Number(match[1])
}

/** The year the office's calendar (China Standard Time) shows now: the year of items made today. */
export const currentYear = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())

/** 1..count, to compare a set of serials with a gapless run. */
export const oneTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1)
