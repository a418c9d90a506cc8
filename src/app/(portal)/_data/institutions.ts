import type { Payload } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { catalogueCollections } from './entries'
import { portalPayload } from './payload'

export type InstitutionNode = {
  id: number
  name: string
  shortName: string | null
  kind: string
  parent: number | null
  children: InstitutionNode[]
}

type Row = {
  id: number
  name: string
  shortName?: string | null
  kind: string
  parent?: number | { id: number } | null
}

const parentId = (row: Row) => (row.parent && typeof row.parent === 'object' ? row.parent.id : (row.parent ?? null))

/** Published institutions as a tree, in their protocol order; a node whose parent is hidden becomes a root. */
export const loadInstitutionTree = async ({ payload }: { payload: Payload }): Promise<InstitutionNode[]> => {
  const { docs } = await payload.find({
    collection: 'institutions',
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
    sort: 'order',
    select: { name: true, shortName: true, kind: true, parent: true },
  })
  const nodes = new Map<number, InstitutionNode>(
    (docs as Row[]).map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        shortName: row.shortName ?? null,
        kind: row.kind,
        parent: parentId(row),
        children: [],
      },
    ]),
  )
  const roots: InstitutionNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/**
 * Also tagged with the catalogue lists: pages show only institutions that have entries, and the first entry
 * of a new institution is what brings it onto them.
 */
export const getInstitutionTree = () =>
  cached({
    key: 'institution-tree',
    input: null,
    tags: [cacheTags.list('institutions'), ...catalogueCollections.map(cacheTags.list)],
    load: async () => loadInstitutionTree({ payload: await portalPayload() }),
  })

/** The ids of a node and everything under it: choosing a department in the tree includes its offices. */
export const subtreeIds = (roots: InstitutionNode[], id: number): number[] => {
  const find = (nodes: InstitutionNode[]): InstitutionNode | undefined => {
    for (const node of nodes) {
      if (node.id === id) return node
      const inner = find(node.children)
      if (inner) return inner
    }
    return undefined
  }
  const collect = (node: InstitutionNode): number[] => [node.id, ...node.children.flatMap(collect)]
  const found = find(roots)
  return found ? collect(found) : []
}

export const flattenTree = (roots: InstitutionNode[]): InstitutionNode[] =>
  roots.flatMap((node) => [node, ...flattenTree(node.children)])
