import type { InstitutionNode } from '../_data/institutions'

/** The institution tree as nested lists of links, under a path (`/institutions/<id>` or `/guide/<id>`). */
export function InstitutionLinks({ nodes, path }: { nodes: InstitutionNode[]; path: string }) {
  if (nodes.length === 0) return null
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={`${path}/${node.id}`}>{node.name}</a>
          <InstitutionLinks nodes={node.children} path={path} />
        </li>
      ))}
    </ul>
  )
}
