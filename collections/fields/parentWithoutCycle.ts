import type { CollectionSlug, RelationshipField, Validate } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'

type ParentFieldArgs = {
  collection: CollectionSlug
  label: { zh: string; en: string }
  description: { zh: string; en: string }
}

/** Deep enough for any real hierarchy; a longer chain means bad data, which is refused too. */
const MAX_DEPTH = 50

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/** A tree edge: refuses a parent that is the document itself or one of its descendants. */
const noCycle =
  (collection: CollectionSlug): Validate =>
  async (value, { id, req }) => {
    let ancestor = idOf(value)
    if (ancestor === null || id === undefined) return true
    for (let depth = 0; ancestor !== null && depth < MAX_DEPTH; depth++) {
      if (String(ancestor) === String(id)) {
        return bilingualMessage(
          '上级不能是自身或其下级（会形成循环）',
          'the parent cannot be itself or one of its descendants (cycle)',
        )
      }
      const parent = await req.payload
        .findByID({
          collection,
          id: ancestor,
          depth: 0,
          draft: true,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { parent: true },
        })
        .catch(() => null)
      ancestor = idOf((parent as { parent?: unknown } | null)?.parent)
    }
    return ancestor === null ? true : bilingualMessage('层级过深', 'the hierarchy is too deep')
  }

export const parentWithoutCycleField = ({ collection, label, description }: ParentFieldArgs): RelationshipField => ({
  name: 'parent',
  type: 'relationship',
  relationTo: collection,
  index: true,
  label,
  admin: { description },
  validate: noCycle(collection),
})
