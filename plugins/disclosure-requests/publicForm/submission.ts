import { applicantTypeOptions } from '../fields/applicant'
import { deliveryMethodOptions } from '../fields/delivery'

/** The form's fields, named as the collection's (contact fields flattened). */
export const formFields = [
  'applicantType',
  'applicantName',
  'applicantIdNumber',
  'phone',
  'email',
  'address',
  'requestedInformation',
  'purpose',
  'handlingInstitution',
  'deliveryMethod',
  'challengeAnswer',
] as const

export type FormField = (typeof formFields)[number]

export type FormValues = Partial<Record<FormField, string>>

export type FieldError = { field: FormField; message: string }

/** What the form creates: the collection's data, channel and date added by the caller. */
export type RequestInput = {
  applicantType: string
  applicantName: string
  applicantIdNumber: string
  contact: { phone: string; email?: string; address?: string }
  requestedInformation: string
  purpose?: string
  handlingInstitution: number
  deliveryMethod: string
}

const MAX_LENGTH: Partial<Record<FormField, number>> = {
  applicantName: 100,
  applicantIdNumber: 30,
  phone: 20,
  email: 254,
  address: 200,
  requestedInformation: 2000,
  purpose: 500,
}

const values = (list: ReadonlyArray<{ value: string }>) => new Set(list.map((option) => option.value))
const applicantTypes = values(applicantTypeOptions)
const deliveryMethods = values(deliveryMethodOptions)

// 统一社会信用代码 (GB 32100-2015): 18 characters of the code's alphabet (no I, O, S, V, Z).
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/
// 居民身份证 (18 characters, the last a digit or X), or another document's number (passport and the like).
const ID_NUMBER = /^[0-9A-Za-z]{5,30}$/
const PHONE = /^\+?[0-9][0-9-]{5,18}[0-9]$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The form's fields as submitted: trimmed strings, anything else dropped. */
export const readForm = (form: FormData): FormValues =>
  Object.fromEntries(
    formFields.flatMap((field) => {
      const value = form.get(field)
      return typeof value === 'string' ? [[field, value.trim()]] : []
    }),
  )

/** Digits only, so `138 0000-1234` and `13800001234` are the same phone to the tracking page. */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '')

/**
 * Checks the form and says, per field, in Chinese, what is missing or wrong; the challenge and the
 * institution's existence are checked by the caller. An organisation gives its credit code, a person an ID number.
 */
export const checkSubmission = (form: FormValues): { input: RequestInput } | { errors: FieldError[] } => {
  const errors: FieldError[] = []
  const fail = (field: FormField, message: string) => errors.push({ field, message })
  const text = (field: FormField) => form[field] ?? ''
  for (const [field, max] of Object.entries(MAX_LENGTH) as Array<[FormField, number]>) {
    if (text(field).length > max) fail(field, `不能超过 ${max} 个字`)
  }
  const type = text('applicantType')
  if (!applicantTypes.has(type)) fail('applicantType', '请选择申请人类型')
  if (!text('applicantName')) fail('applicantName', type === 'naturalPerson' ? '请填写姓名' : '请填写姓名或名称')
  const idNumber = text('applicantIdNumber').toUpperCase()
  if (!idNumber) fail('applicantIdNumber', type === 'naturalPerson' ? '请填写身份证件号码' : '请填写统一社会信用代码')
  else if (type !== 'naturalPerson' && applicantTypes.has(type) && !CREDIT_CODE.test(idNumber))
    fail('applicantIdNumber', '统一社会信用代码应为 18 位数字或大写字母')
  else if (type === 'naturalPerson' && !ID_NUMBER.test(idNumber))
    fail('applicantIdNumber', '身份证件号码应为 5 至 30 位数字或字母')
  if (!text('phone')) fail('phone', '请填写联系电话')
  else if (!PHONE.test(text('phone')) || phoneDigits(text('phone')).length < 7) fail('phone', '联系电话格式不正确')
  if (text('email') && !EMAIL.test(text('email'))) fail('email', '电子邮箱格式不正确')
  if (!text('requestedInformation')) fail('requestedInformation', '请填写所需政府信息的名称、文号或特征描述')
  const institution = Number(text('handlingInstitution'))
  if (!Number.isSafeInteger(institution) || institution <= 0) fail('handlingInstitution', '请选择受理机关')
  const delivery = text('deliveryMethod')
  if (!deliveryMethods.has(delivery)) fail('deliveryMethod', '请选择获取信息的方式')
  if (delivery === 'email' && !text('email')) fail('email', '选择电子邮件送达时，请填写电子邮箱')
  if (delivery === 'post' && !text('address')) fail('address', '选择邮寄送达时，请填写通信地址')
  if (errors.length > 0) return { errors }
  return {
    input: {
      applicantType: type,
      applicantName: text('applicantName'),
      applicantIdNumber: idNumber,
      contact: {
        phone: text('phone'),
        ...(text('email') ? { email: text('email') } : {}),
        ...(text('address') ? { address: text('address') } : {}),
      },
      requestedInformation: text('requestedInformation'),
      ...(text('purpose') ? { purpose: text('purpose') } : {}),
      handlingInstitution: institution,
      deliveryMethod: delivery,
    },
  }
}
