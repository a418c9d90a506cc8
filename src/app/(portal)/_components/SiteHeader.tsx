import type { SiteIdentity } from '../_data/site'

import { sections, siteName } from '../site'
import { DisplayModeLinks } from './DisplayModeLinks'

/** The government's emblem and name over the column's name, then the navigation, on every page. */
export function SiteHeader({ site }: { site: SiteIdentity }) {
  return (
    <header className="site-header">
      <div className="wrap">
        <p className="site-name">
          <a href="/">
            {site.emblem && (
              <img className="emblem" src={site.emblem.url} alt={site.emblem.alt} width={48} height={48} />
            )}
            <span>
              {site.governmentName && <span className="government-name">{site.governmentName}</span>}
              <span className="column-name">{siteName}</span>
            </span>
          </a>
        </p>
        <DisplayModeLinks />
      </div>
      <nav aria-label="主导航" className="wrap">
        <ul className="nav">
          {sections.map((section) => (
            <li key={section.href}>
              <a href={section.href}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
