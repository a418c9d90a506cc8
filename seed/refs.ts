import type { GenreName, ServiceObjectName, ThemeName } from './data/categories'
import type { InstitutionShortName } from './data/institutions'

import { categoryKey, genres, serviceObjects, themes } from './data/categories'
import { institutionDefinition } from './data/institutions'

/** Ids of the reference data the content refers to, looked up by the names the data files use. */
export type Refs = {
  theme: (name: ThemeName) => number
  genre: (name: GenreName) => number
  serviceObject: (name: ServiceObjectName) => number
  institution: (shortName: InstitutionShortName) => number
}

const lookup =
  <TName extends string>(label: string, idOf: (name: TName) => number | undefined) =>
  (name: TName): number => {
    const id = idOf(name)
    if (id === undefined) throw new Error(`seed: no ${label} "${name}" was saved`)
    return id
  }

const codeOf = (entries: ReadonlyArray<readonly [string, string]>, name: string) =>
  entries.find(([, n]) => n === name)?.[0]

export const createRefs = ({
  categoryIds,
  institutionIds,
}: {
  /** By `categoryKey(kind, code)`. */
  categoryIds: ReadonlyMap<string, number>
  /** By full name. */
  institutionIds: ReadonlyMap<string, number>
}): Refs => ({
  theme: lookup('theme', (name) => categoryIds.get(categoryKey('theme', codeOf(themes, name) ?? ''))),
  genre: lookup('genre', (name) => categoryIds.get(categoryKey('genre', codeOf(genres, name) ?? ''))),
  serviceObject: lookup('service object', (name) =>
    categoryIds.get(categoryKey('serviceObject', codeOf(serviceObjects, name) ?? '')),
  ),
  institution: lookup('institution', (shortName) => institutionIds.get(institutionDefinition(shortName).name)),
})
