import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import type { Block, Run } from '../../../../../plugins/bulletin'
import type { IdPageProps } from '../../_data/idPage'

import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { loadAnnualReport } from '../../_data/annualReports'
import { portalPayload } from '../../_data/payload'
import { positiveInt } from '../../_data/searchParams'

export const dynamic = 'force-dynamic'

const load = async ({ params }: IdPageProps) => {
  const id = positiveInt((await params).id)
  return id ? loadAnnualReport({ payload: await portalPayload(), id }) : null
}

export const generateMetadata = async (props: IdPageProps): Promise<Metadata> => ({
  title: (await load(props))?.title ?? '未找到',
})

const text = (runs: Run[]) => runs.map((run) => run.text).join('')

/** The report's parts as the printed one has them: headings, paragraphs and the national tables. */
const BlockView = ({ block }: { block: Block }) => {
  switch (block.kind) {
    case 'heading':
      return <h2>{text(block.runs)}</h2>
    case 'paragraph':
      return <p>{text(block.runs)}</p>
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{text(item)}</li>
          ))}
        </ul>
      )
    case 'table':
      return (
        <table>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {text(cell)}
                    </th>
                  ) : (
                    <td key={cellIndex}>{text(cell)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'image':
      return null
  }
}

/** One published annual report: its catalogue facts, downloads, and the six parts of the national format. */
export default async function AnnualReportPage(props: IdPageProps) {
  const report = await load(props)
  if (!report) notFound()
  return (
    <>
      <Breadcrumbs trail={[{ label: '政府信息公开年度报告', href: '/annual-reports' }, { label: report.title }]} />
      <h1>{report.title}</h1>
      <table className="stacked">
        <tbody>
          <tr>
            <th scope="row">索引号</th>
            <td>{report.indexNumber ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">发布机构</th>
            <td>{report.institution}</td>
          </tr>
          <tr>
            <th scope="row">报告年度</th>
            <td>{report.year}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href={`/api/annual-reports/${report.id}/pdf`}>下载 PDF 版</a> ·{' '}
        <a href={`/api/annual-reports/${report.id}/docx`}>下载 Word 版</a>
      </p>
      {report.printable.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  )
}
