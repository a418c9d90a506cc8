import type { Metadata } from 'next'

import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import type { FormField } from '../../../../plugins/disclosure-requests'
import type { RequestFormState } from './_data/states'

import {
  applicantTypeOptions,
  deliveryMethodOptions,
  formChallenge,
  publicFormSettings,
} from '../../../../plugins/disclosure-requests'
import { Breadcrumbs } from '../_components/Breadcrumbs'
import { flattenTree, getInstitutionTree } from '../_data/institutions'
import { portalPayload } from '../_data/payload'
import { ErrorSummary } from './_components/ErrorSummary'
import { Field, RadioGroup } from './_components/Field'
import { readRenderState } from './_data/renderState'

// Each render carries a fresh challenge; and after a POST, the state that POST left.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const state = readRenderState<RequestFormState>(await headers())
  if (state?.kind === 'created') return { title: '申请已提交 · 依申请公开申请' }
  if (state?.kind === 'form') return { title: '提交未成功 · 依申请公开申请' }
  return { title: '依申请公开申请' }
}

const labels: Record<FormField, string> = {
  applicantType: '申请人类型',
  applicantName: '姓名或名称',
  applicantIdNumber: '身份证件号码或统一社会信用代码',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  requestedInformation: '所需政府信息',
  purpose: '用途',
  handlingInstitution: '受理机关',
  deliveryMethod: '获取信息的方式',
  challengeAnswer: '验证题',
}

const radioFields = new Set<FormField>(['applicantType', 'deliveryMethod'])
const anchorOf = (field: FormField) => `#request-${field}${radioFields.has(field) ? '-first' : ''}`

/**
 * 依申请公开申请: the online request form (Art. 29 of the regulation). A plain POST form: it works without
 * script, and its answer (the tracking code, or the errors with the values kept) is this page again.
 */
export default async function RequestPage() {
  const state = readRenderState<RequestFormState>(await headers())
  if (state?.kind === 'created') return <Submitted trackingCode={state.trackingCode} />
  const [payload, tree] = await Promise.all([portalPayload(), getInstitutionTree()])
  // Switched off (the plugin's `disabled`): no tracking codes are made, so no request is taken online.
  if (publicFormSettings(payload).isDisabled) notFound()
  const challenge = formChallenge(payload)
  const values = state?.values ?? {}
  const errorOf = (field: FormField) => state?.errors.find((error) => error.field === field)?.message
  const summary = (state?.errors ?? []).map((error) => ({
    href: anchorOf(error.field),
    label: labels[error.field],
    message: error.message,
  }))
  const input = (field: FormField) => ({ name: field, defaultValue: values[field] ?? '' })
  return (
    <>
      <Breadcrumbs trail={[{ label: '依申请公开', href: '/guide' }, { label: '网上申请' }]} />
      <h1>依申请公开申请</h1>
      <p>
        公民、法人或者其他组织可以向行政机关申请获取相关政府信息。提交前请阅读<a href="/guide">政府信息公开指南</a>
        ；已主动公开的信息可在<a href="/catalogue">公开目录</a>中直接查阅。标有“（必填）”的项目必须填写。
      </p>
      <p>
        已提交过申请？<a href="/request/track">查询办理进度</a>
      </p>
      <ErrorSummary items={summary} notice={state?.notice} />
      <form method="post" action="/request/submit" className="request-form">
        <fieldset>
          <legend>申请人信息</legend>
          <RadioGroup
            name="applicantType"
            legend={labels.applicantType}
            choices={applicantTypeOptions.map((option) => ({ value: option.value, label: option.label.zh }))}
            value={values.applicantType}
            error={errorOf('applicantType')}
          />
          <Field
            id="request-applicantName"
            label={labels.applicantName}
            isRequired
            error={errorOf('applicantName')}
            hint="自然人填写姓名，法人或其他组织填写名称。"
          >
            {(props) => (
              <input {...props} {...input('applicantName')} type="text" required maxLength={100} autoComplete="name" />
            )}
          </Field>
          <Field
            id="request-applicantIdNumber"
            label={labels.applicantIdNumber}
            isRequired
            error={errorOf('applicantIdNumber')}
            hint="自然人填写身份证件号码；法人或其他组织填写 18 位统一社会信用代码。"
          >
            {(props) => (
              <input
                {...props}
                {...input('applicantIdNumber')}
                type="text"
                required
                maxLength={30}
                autoComplete="off"
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>联系方式</legend>
          <Field
            id="request-phone"
            label={labels.phone}
            isRequired
            error={errorOf('phone')}
            hint="查询办理进度时需要填写此号码的后 4 位。"
          >
            {(props) => <input {...props} {...input('phone')} type="tel" required maxLength={20} autoComplete="tel" />}
          </Field>
          <Field id="request-email" label={labels.email} error={errorOf('email')} hint="选择电子邮件送达时必填。">
            {(props) => <input {...props} {...input('email')} type="email" maxLength={254} autoComplete="email" />}
          </Field>
          <Field
            id="request-address"
            label={labels.address}
            error={errorOf('address')}
            hint="含邮政编码；选择邮寄送达时必填。"
          >
            {(props) => (
              <textarea {...props} {...input('address')} rows={2} maxLength={200} autoComplete="street-address" />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>申请的政府信息</legend>
          <Field
            id="request-handlingInstitution"
            label={labels.handlingInstitution}
            isRequired
            error={errorOf('handlingInstitution')}
            hint="向哪个机关申请。"
          >
            {(props) => (
              <select {...props} {...input('handlingInstitution')} required>
                <option value="">请选择</option>
                {flattenTree(tree).map((node) => (
                  <option key={node.id} value={String(node.id)}>
                    {node.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="request-requestedInformation"
            label={labels.requestedInformation}
            isRequired
            error={errorOf('requestedInformation')}
            hint="信息的名称、文号，或者便于查询的其他特征性描述。"
          >
            {(props) => <textarea {...props} {...input('requestedInformation')} rows={5} required maxLength={2000} />}
          </Field>
          <Field id="request-purpose" label={labels.purpose} error={errorOf('purpose')} hint="选填。">
            {(props) => <textarea {...props} {...input('purpose')} rows={2} maxLength={500} />}
          </Field>
          <RadioGroup
            name="deliveryMethod"
            legend={labels.deliveryMethod}
            choices={deliveryMethodOptions.map((option) => ({ value: option.value, label: option.label.zh }))}
            value={values.deliveryMethod}
            error={errorOf('deliveryMethod')}
          />
        </fieldset>
        <fieldset>
          <legend>验证</legend>
          <Field
            id="request-challengeAnswer"
            label={`请计算：${challenge.question}`}
            isRequired
            error={errorOf('challengeAnswer')}
            hint="用数字或汉字填写答案，用于防止自动提交。"
          >
            {(props) => (
              <input
                {...props}
                name="challengeAnswer"
                type="text"
                inputMode="numeric"
                required
                maxLength={6}
                autoComplete="off"
              />
            )}
          </Field>
          <input type="hidden" name="challengeToken" value={challenge.token} />
        </fieldset>
        <p className="hint">申请人的个人信息仅用于办理本申请，不会在网站上公开。</p>
        <button type="submit">提交申请</button>
      </form>
    </>
  )
}

function Submitted({ trackingCode }: { trackingCode: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: '依申请公开', href: '/guide' }, { label: '网上申请' }]} />
      <h1>申请已提交</h1>
      <div className="notice" role="status">
        <p>
          您的查询码是：<strong className="tracking-code">{trackingCode}</strong>
        </p>
        <p>
          请抄写或截图保存查询码。凭查询码和联系电话的后 4
          位可以查询办理进度、下载答复文书；查询码遗失后无法在网上找回，本页面也不会再次显示。
        </p>
        <p>网上提交的申请，以提交之日为收到申请之日，受理机关将在法定期限内答复。</p>
      </div>
      <p>
        <a href="/request/track">查询办理进度</a>
      </p>
    </>
  )
}
