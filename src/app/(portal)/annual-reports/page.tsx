import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { loadAnnualReports } from '../_data/annualReports'
import { portalPayload } from '../_data/payload'

// One light query per request: annual reports are not among the portal plugin's tagged collections, and a newly
// signed-off report should show at once.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '政府信息公开年度报告' }

/** 政府信息公开年度报告: every published report, by year, newest first, with its PDF and Word files. */
export default async function AnnualReportsPage() {
  const years = await loadAnnualReports({ payload: await portalPayload() })
  return (
    <>
      <Breadcrumbs trail={[{ label: '政府信息公开年度报告' }]} />
      <h1>政府信息公开年度报告</h1>
      {years.length === 0 ? <p>尚未发布年度报告。</p> : null}
      {years.map(({ year, reports }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year} 年度</h2>
          <ul>
            {reports.map((report) => (
              <li key={report.id}>
                <a href={`/annual-reports/${report.id}`}>{report.title}</a>
                {report.indexNumber ? <> （索引号 {report.indexNumber}）</> : null}：{' '}
                <a href={`/api/annual-reports/${report.id}/pdf`}>PDF 版</a> ·{' '}
                <a href={`/api/annual-reports/${report.id}/docx`}>Word 版</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
