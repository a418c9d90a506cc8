export type Crumb = { label: string; href?: string }

/**
 * 当前位置: the path from the home page to this one. The last crumb is this page (aria-current, no link);
 * 首页 comes first on every page but the home page, which is its own only crumb.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const crumbs: Crumb[] = [{ label: '首页', href: '/' }, ...trail]
  return (
    <nav aria-label="当前位置" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <li key={index} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={index}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
