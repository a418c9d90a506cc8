import type { Payload } from 'payload'

import { ValidationError } from 'payload'

import type { FieldError, FormField, FormValues } from './submission'

import { localDay, startOfLocalDay } from '../../../src/lib/platform/dates'
import { REQUESTS_SLUG } from '../defaults'
import { challengeKey, verifyChallenge } from './challenge'
import { clientAddressOf } from './clientAddress'
import { claimOnce, countHit } from './limits'
import { HOUR_MS, publicFormSettings } from './settings'
import { checkSubmission, readForm } from './submission'

export type SubmitOutcome =
  | { kind: 'created'; trackingCode: string }
  | { kind: 'invalid'; status: 400; errors: FieldError[]; values: FormValues }
  | { kind: 'limited'; status: 429; values: FormValues }
  | { kind: 'unavailable'; status: 404 }

/** `req.context` of the create: registered by the public form, not by a person (nobody is signed in). */
export const PUBLIC_FORM_CONTEXT_KEY = 'publicRequestForm'

const CHALLENGE_ERRORS = {
  expired: '验证题已过期，请回答新的题目',
  used: '该验证题已经使用过，请回答新的题目',
  wrong: '验证题答案不正确，请回答新的题目',
} as const

/** The challenge's verdict; a token that is well formed and unexpired is used up, whatever the answer. */
const checkChallenge = async (payload: Payload, form: FormData, now: number): Promise<string | null> => {
  const token = String(form.get('challengeToken') ?? '')
  const typed = String(form.get('challengeAnswer') ?? '')
  if (!typed.trim()) return '请回答验证题'
  const verdict = verifyChallenge({ key: challengeKey(payload.secret), token, typed, now })
  const [nonce, expires] = token.split('.')
  if (verdict.isValid === false && verdict.reason === 'expired') return CHALLENGE_ERRORS.expired
  // Burnt before the answer counts: a token gives one try, not one per possible answer.
  const isFirstUse =
    Boolean(nonce) &&
    Number.isSafeInteger(Number(expires)) &&
    (await claimOnce(payload, { key: `challenge:${nonce}`, expiresAt: new Date(Number(expires)) }))
  if (verdict.isValid === false) return CHALLENGE_ERRORS.wrong
  return isFirstUse ? null : CHALLENGE_ERRORS.used
}

// Payload's own field paths of what the form names differently.
const formFieldOf = (path: string): FormField | undefined => {
  const field = path.replace(/^contact\./, '')
  return (['applicantType', 'applicantName', 'applicantIdNumber', 'phone', 'email', 'address'] as string[])
    .concat(['requestedInformation', 'purpose', 'handlingInstitution', 'deliveryMethod'])
    .includes(field)
    ? (field as FormField)
    : undefined
}

/**
 * An online request (依申请公开申请) from the portal's form: counted against the client address's hourly
 * allowance, the challenge answered once, the fields checked, the handling institution one the public sees;
 * then registered with channel `online` and received today (Art. 31: an online request is received the day
 * it is submitted, in the office's time zone), through the Local API with access overridden: the public
 * has no create access to the collection, and keeps none through REST or GraphQL.
 */
export const submitRequest = async (
  payload: Payload,
  { form, headers, now = Date.now() }: { form: FormData; headers: Headers; now?: number },
): Promise<SubmitOutcome> => {
  const settings = publicFormSettings(payload)
  if (settings.isDisabled) return { kind: 'unavailable', status: 404 }
  const values = readForm(form)
  const address = clientAddressOf(headers, settings)
  const hits = await countHit(payload, { key: `submit:${address}`, windowMs: HOUR_MS, now })
  if (hits > settings.submissionsPerHour) return { kind: 'limited', status: 429, values }

  const checked = checkSubmission(values)
  const errors = 'errors' in checked ? [...checked.errors] : []
  const challengeError = await checkChallenge(payload, form, now)
  if (challengeError) errors.push({ field: 'challengeAnswer', message: challengeError })
  if ('input' in checked && !challengeError) {
    const { totalDocs } = await payload.count({
      collection: settings.institutionsCollection as 'institutions',
      where: { id: { equals: checked.input.handlingInstitution } },
      overrideAccess: false,
    })
    if (totalDocs === 0) errors.push({ field: 'handlingInstitution', message: '请选择列表中的受理机关' })
  }
  if (errors.length > 0 || !('input' in checked)) return { kind: 'invalid', status: 400, errors, values }

  try {
    const doc = await payload.create({
      collection: REQUESTS_SLUG,
      data: {
        ...checked.input,
        applicantType: checked.input.applicantType as 'naturalPerson',
        deliveryMethod: checked.input.deliveryMethod as 'online',
        channel: 'online',
        receivedOn: startOfLocalDay(localDay(new Date(now))).toISOString(),
      },
      overrideAccess: true,
      context: { [PUBLIC_FORM_CONTEXT_KEY]: true },
      depth: 0,
    })
    return { kind: 'created', trackingCode: doc.trackingCode ?? '' }
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err
    const refused = err.data.errors.map(({ path, message }) => ({
      field: formFieldOf(path) ?? 'requestedInformation',
      message,
    }))
    return { kind: 'invalid', status: 400, errors: refused, values }
  }
}
