import type { Payload } from 'payload'

import { optionLabels } from '../_data/labels'
import { describeFile } from './Downloads'
import { RichTextBody } from './RichTextBody'

type Doc = Record<string, unknown>
type TimeLimit = { kind?: string | null; workingDays?: number | null } | null | undefined
type Material = { id?: string; name: string; form?: string[] | null; count?: number | null; template?: unknown }

const timeLimitText = (limit: TimeLimit) =>
  !limit?.kind
    ? null
    : limit.kind === 'on-the-spot'
      ? '当场办结'
      : limit.workingDays
        ? `${limit.workingDays} 个工作日`
        : null

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null)

/** 办事指南: every element the national website check asks for, each under its own heading, in its order. */
export function ServiceGuide({ payload, doc }: { payload: Payload; doc: Doc }) {
  const forms = optionLabels(payload, 'approval-services', 'form')
  const materials = (Array.isArray(doc.materials) ? doc.materials : []) as Material[]
  const facts: Array<[string, string | null]> = [
    ['法定时限', timeLimitText(doc.legalTimeLimit as TimeLimit)],
    ['承诺时限', timeLimitText(doc.promisedTimeLimit as TimeLimit)],
    ['收费依据', text(doc.feeBasis)],
    ['收费标准', text(doc.feeStandard)],
    ['办理地点', text(doc.location)],
    ['办理时间', text(doc.hours)],
    ['咨询电话', text(doc.consultPhone)],
    ['监督投诉电话', text(doc.complaintPhone)],
  ]
  return (
    <>
      <h2>设定依据</h2>
      <p style={{ whiteSpace: 'pre-line' }}>{text(doc.legalBasis) ?? '—'}</p>
      <h2>受理条件</h2>
      <RichTextBody value={doc.conditions} />
      <h2>申请材料</h2>
      <table className="cards">
        <thead>
          <tr>
            <th scope="col">材料名称</th>
            <th scope="col">材料形式</th>
            <th scope="col">份数</th>
            <th scope="col">表格下载</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((material, index) => {
            const template = material.template as {
              url?: string
              filename?: string
              mimeType?: string
              filesize?: number
              id: number
            } | null
            return (
              <tr key={material.id ?? index}>
                <td data-label="材料名称">{material.name}</td>
                <td data-label="材料形式">{(material.form ?? []).map((form) => forms[form] ?? form).join('、')}</td>
                <td data-label="份数">{material.count ?? 1}</td>
                <td data-label="表格下载">
                  {template && typeof template === 'object' && template.url ? (
                    <a href={template.url} download={template.filename}>
                      下载《{material.name}》（{describeFile(template)}）
                    </a>
                  ) : (
                    '无'
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h2>办理流程</h2>
      <RichTextBody value={doc.procedure} />
      <h2>办理信息</h2>
      <table className="stacked">
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
