import { Breadcrumbs } from './_components/Breadcrumbs'
import { EntryList } from './_components/EntryList'
import { SearchForm } from './_components/SearchForm'
import { getCatalogueFacets } from './_data/catalogue'
import { getLatest } from './_data/latest'
import { sections } from './site'

// Rendered on request (there is no database at build time); the data comes from the tagged cache.
export const dynamic = 'force-dynamic'

// Every column but home itself: the quick entries are the navigation's sections.
const entries = sections.filter((section) => section.href !== '/')

/** Home: the newest disclosures and one click to every column; any item is at most two clicks away. */
export default async function HomePage() {
  const [latest, facets] = await Promise.all([getLatest(12), getCatalogueFacets()])
  return (
    <>
      <Breadcrumbs trail={[]} />
      <h1>政府信息公开</h1>
      <SearchForm />
      <nav aria-label="栏目入口">
        <ul className="quick">
          {entries.map((entry) => (
            <li key={entry.href}>
              <a href={entry.href}>{entry.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="columns">
        <section aria-labelledby="by-theme" className="facets">
          <h2 id="by-theme">按主题浏览</h2>
          <ul>
            {facets.themes.map((theme) => (
              <li key={theme.id}>
                <a href={`/catalogue?theme=${theme.id}`}>
                  {theme.name}（{theme.count}）
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest">
          <h2 id="latest">最新公开</h2>
          <EntryList entries={latest} />
          <p>
            <a href="/catalogue">查看全部公开信息</a>
          </p>
        </section>
      </div>
    </>
  )
}
