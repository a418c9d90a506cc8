import type { Metadata } from 'next'

import { headers } from 'next/headers'

import type { TrackState } from '../_data/states'

import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { formatDate } from '../../_data/dates'
import { Field } from '../_components/Field'
import { readRenderState } from '../_data/renderState'

// After a POST this page shows that POST's answer.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '查询办理进度 · 依申请公开' }

/**
 * 查询办理进度: the applicant gives the tracking code and the last four digits of the phone on the request,
 * and sees where it stands and the reply documents. A POST form, so the code stays out of URLs.
 */
export default async function TrackPage() {
  const state = readRenderState<TrackState>(await headers())
  const values = state?.kind === 'form' ? state.values : { code: '', phoneTail: '' }
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: '依申请公开', href: '/guide' },
          { label: '网上申请', href: '/request' },
          { label: '查询办理进度' },
        ]}
      />
      <h1>查询办理进度</h1>
      {state?.kind === 'found' ? (
        <TrackedRequestView state={state} />
      ) : (
        <>
          {state?.notice && (
            <div className="error-summary" role="alert" id="error-summary">
              <h2>{state.notice}</h2>
            </div>
          )}
          <form method="post" action="/request/track/lookup" className="request-form">
            <Field id="track-code" label="查询码" isRequired hint="提交申请后显示的 12 位查询码。">
              {(props) => (
                <input
                  {...props}
                  name="code"
                  type="text"
                  required
                  maxLength={40}
                  autoComplete="off"
                  defaultValue={values.code}
                />
              )}
            </Field>
            <Field id="track-phoneTail" label="联系电话后 4 位" isRequired hint="申请时填写的联系电话的最后 4 位数字。">
              {(props) => (
                <input
                  {...props}
                  name="phoneTail"
                  type="text"
                  inputMode="numeric"
                  pattern="[0-9]{4}"
                  required
                  maxLength={4}
                  autoComplete="off"
                  defaultValue={values.phoneTail}
                />
              )}
            </Field>
            <button type="submit">查询</button>
          </form>
          <p>
            还没有提交申请？<a href="/request">在线提交申请</a>
          </p>
        </>
      )}
    </>
  )
}

function TrackedRequestView({ state }: { state: Extract<TrackState, { kind: 'found' }> }) {
  const { request, phoneTail } = state
  return (
    <section aria-labelledby="tracked-request">
      <h2 id="tracked-request">查询码 {request.trackingCode}</h2>
      <table className="metadata">
        <tbody>
          <tr>
            <th scope="row">办理状态</th>
            <td>
              <strong>{request.status}</strong>
            </td>
          </tr>
          <tr>
            <th scope="row">受理机关</th>
            <td>{request.institution}</td>
          </tr>
          <tr>
            <th scope="row">申请方式</th>
            <td>{request.channel}</td>
          </tr>
          <tr>
            <th scope="row">收到申请日期</th>
            <td>{formatDate(request.receivedOn)}</td>
          </tr>
          {request.outcome && (
            <tr>
              <th scope="row">办理结果</th>
              <td>{request.outcome}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h3>办理过程</h3>
      {request.steps.length === 0 ? (
        <p>申请已收到，正在办理。</p>
      ) : (
        <ol className="steps">
          {request.steps.map((step, index) => (
            <li key={index}>
              {formatDate(step.date)} {step.kind}
            </li>
          ))}
        </ol>
      )}
      {request.documents.length > 0 && (
        <>
          <h3>答复文书</h3>
          <ul className="downloads">
            {request.documents.map((document) => (
              <li key={document.id}>
                <form method="post" action="/request/track/document">
                  <input type="hidden" name="code" value={request.trackingCode} />
                  <input type="hidden" name="phoneTail" value={phoneTail} />
                  <input type="hidden" name="document" value={String(document.id)} />
                  <button type="submit">下载：{document.name}</button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/request/track">查询其他申请</a>
      </p>
    </section>
  )
}
