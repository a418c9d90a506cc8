import type { JSONFieldServerComponent } from 'payload'

import type { ReportSnapshot } from '../../snapshot'

import { table3Columns, table3Rows } from '../../tables/table3'
import { RecomputeButton } from './index.client'

const words = {
  title: { zh: '表二、表三（计算结果）', en: 'Tables 二 and 三 (computed)' },
  none: { zh: '尚未计算：保存后自动计算。', en: 'Not computed yet: computed when the report is saved.' },
  computedAt: { zh: '计算时间', en: 'Computed at' },
  table2: { zh: '表二 规章和行政规范性文件', en: 'Table 二: rules and normative documents' },
  table3: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 三: requests received and handled' },
  kind: { zh: '信息内容', en: 'Kind' },
  made: { zh: '本年制发件数', en: 'Made this year' },
  repealed: { zh: '本年废止件数', en: 'Repealed this year' },
  inForce: { zh: '现行有效件数', en: 'In force at year end' },
  rules: { zh: '规章', en: 'Rules' },
  normativeDocuments: { zh: '行政规范性文件', en: 'Normative documents' },
  row: { zh: '项目', en: 'Row' },
  downloads: { zh: '按国家格式下载', en: 'Download in the national layout' },
  pdf: { zh: '下载 PDF', en: 'Download PDF' },
  docx: { zh: '下载 Word（DOCX）', en: 'Download Word (DOCX)' },
} as const

/**
 * The stored tables 二 and 三 as tables, read-only, in the admin's language, with the recompute button while the
 * report is a draft. Payload's JSON field would load its editor from a CDN the intranet and the CSP do not allow.
 */
export const SnapshotTables: JSONFieldServerComponent = ({ value, data, i18n, payload }) => {
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const say = (key: keyof typeof words) => words[key][language]
  const snapshot = value as ReportSnapshot | null | undefined
  const id = (data as { id?: number } | undefined)?.id
  const isDraft = (data as { _status?: string } | undefined)?._status !== 'published'
  const cellStyle = { border: '1px solid var(--theme-elevation-150)', padding: '2px 6px', textAlign: 'right' as const }
  const headStyle = { ...cellStyle, textAlign: 'left' as const }
  return (
    <div className="field-type annual-report-snapshot" style={{ marginBottom: 'var(--base)' }}>
      <h3>{say('title')}</h3>
      {id && isDraft ? <RecomputeButton id={id} /> : null}
      {id && snapshot?.table3 ? (
        // The same exports as the portal's: the office checks the printed layout before the report goes out.
        <p className="annual-report-downloads">
          {say('downloads')}：<a href={`${payload.config.routes.api}/annual-reports/${id}/pdf`}>{say('pdf')}</a>
          {' · '}
          <a href={`${payload.config.routes.api}/annual-reports/${id}/docx`}>{say('docx')}</a>
        </p>
      ) : null}
      {!snapshot?.table3 ? (
        <p>{say('none')}</p>
      ) : (
        <>
          <p>
            {say('computedAt')}: {snapshot.computedAt}
          </p>
          <h4>{say('table2')}</h4>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {(['kind', 'made', 'repealed', 'inForce'] as const).map((key) => (
                  <th key={key} style={headStyle}>
                    {say(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(['rules', 'normativeDocuments'] as const).map((kind) => (
                <tr key={kind}>
                  <th style={headStyle}>{say(kind)}</th>
                  <td style={cellStyle}>{snapshot.table2[kind].made}</td>
                  <td style={cellStyle}>{snapshot.table2[kind].repealed}</td>
                  <td style={cellStyle}>{snapshot.table2[kind].inForce}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{say('table3')}</h4>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={headStyle}>{say('row')}</th>
                {table3Columns.map((column) => (
                  <th key={column.key} style={headStyle}>
                    {column[language]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table3Rows.map((row) => (
                <tr key={row.key}>
                  <th style={headStyle}>
                    {'group' in row && row.group !== row.zh && language === 'zh' ? `${row.group} — ` : ''}
                    {row[language]}
                  </th>
                  {table3Columns.map((column) => (
                    <td key={column.key} style={cellStyle}>
                      {snapshot.table3[row.key]?.[column.key] ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
