import type { RelationshipField } from 'payload'

import { slugs } from '../slugs'

export type CategoryKind = 'theme' | 'genre' | 'serviceObject'

type CategoryFieldArgs = {
  name: string
  kind: CategoryKind
  label: { zh: string; en: string }
  description: { zh: string; en: string }
  hasMany?: boolean
  required?: boolean
}

/** A link into one of the editable taxonomies; Payload refuses a category of another kind on save. */
export const categoryField = ({ name, kind, label, description, hasMany = false, required }: CategoryFieldArgs) =>
  ({
    name,
    type: 'relationship',
    relationTo: slugs.categories,
    hasMany,
    required,
    index: true,
    label,
    filterOptions: { kind: { equals: kind } },
    admin: { description },
  }) as RelationshipField
