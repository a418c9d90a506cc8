import type { Metadata } from 'next'

import { listPublishedIssues } from '../../../../plugins/bulletin'
import { Breadcrumbs } from '../_components/Breadcrumbs'
import { portalPayload } from '../_data/payload'

// One light query per request: bulletin issues are not among the portal plugin's tagged collections, and a
// newly signed-off issue should show at once rather than after the cache's fallback hour.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '政府公报' }

/** 政府公报: every published issue, newest year first, with the print PDF, the DOCX and the print view. */
export default async function BulletinPage() {
  const years = await listPublishedIssues(await portalPayload())
  return (
    <>
      <Breadcrumbs trail={[{ label: '政府公报' }]} />
      <h1>政府公报</h1>
      {years.length === 0 ? <p>尚未发布公报。</p> : null}
      {years.map(({ year, issues }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year} 年</h2>
          <ul>
            {issues.map((issue) => (
              <li key={issue.id}>
                <strong>
                  {issue.masthead} {issue.label}
                </strong>
                {issue.publicationDate ? <> （{issue.publicationDate}）</> : null}：{' '}
                <a href={issue.downloads.pdf}>PDF 版</a> · <a href={issue.downloads.docx}>Word 版</a> ·{' '}
                <a href={issue.downloads.print}>网页版</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
