import type { Validate } from 'payload'

import { uniqueWithin } from '../../../src/lib/platform/fields/uniqueWithin'
import { bilingualMessage } from '../../../src/lib/platform/labels'
import { ISSUES_SLUG } from '../defaults'

/** No two issues share a year and an issue number; the compound unique index is the backstop. */
export const issueNumberUniqueInYear: Validate = uniqueWithin({
  collection: ISSUES_SLUG,
  field: 'issueNumber',
  scope: 'year',
  message: (value) => bilingualMessage(`本年度已有第${value}期`, `issue ${value} of that year already exists`),
})

/** 总第N期 counts every issue ever published: no two share it; the unique index is the backstop. */
export const cumulativeNumberUnique: Validate = async (value, { id, req }) => {
  if (value === null || value === undefined || value === '') return true
  const { totalDocs } = await req.payload.count({
    collection: ISSUES_SLUG,
    where: {
      and: [{ cumulativeNumber: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
    },
    req,
    overrideAccess: true,
  })
  return totalDocs === 0
    ? true
    : bilingualMessage(`总第${value}期已被其他期刊使用`, `cumulative number ${value} is already used by another issue`)
}
