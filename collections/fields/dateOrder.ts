import type { Validate } from 'payload'

import { date } from 'payload/shared'

import { bilingualMessage } from '../../src/lib/platform/labels'

type DateOrderArgs = {
  /** Sibling field that must not be later than this one. */
  earlierField: string
  earlierLabel: { zh: string; en: string }
  laterLabel: { zh: string; en: string }
}

/** Refuses a date earlier than a sibling date (施行 before 成文, a term ending before it starts). */
export const notBefore =
  ({ earlierField, earlierLabel, laterLabel }: DateOrderArgs): Validate =>
  async (value, args) => {
    const ownCheck = await (date as Validate)(value, args)
    if (ownCheck !== true) return ownCheck
    const earlier = (args.siblingData as Record<string, unknown>)?.[earlierField]
    if (!value || !earlier) return true
    return new Date(value as string) < new Date(earlier as string)
      ? bilingualMessage(
          `“${laterLabel.zh}”不能早于“${earlierLabel.zh}”`,
          `${laterLabel.en} cannot be earlier than ${earlierLabel.en}`,
        )
      : true
  }
