import type { Payload } from 'payload'

import path from 'node:path'

import { relationId } from '../../../src/lib/platform/ids'
import { channelOptions, statusOptions } from '../collections/disclosureRequests'
import { REQUESTS_SLUG } from '../defaults'
import { stepKindOptions } from '../fields/steps'
import { replyOutcomeOptions } from '../outcomes'
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '../trackingCode'
import { clientAddressOf } from './clientAddress'
import { countHit } from './limits'
import { HOUR_MS, publicFormSettings } from './settings'
import { phoneDigits } from './submission'

/** What the applicant sees: no name, ID, contact, request text or internal note; dates and labels only. */
export type TrackedRequest = {
  trackingCode: string
  receivedOn: string
  channel: string
  institution: string
  status: string
  steps: Array<{ kind: string; date: string }>
  outcome: string | null
  documents: Array<{ id: number; name: string }>
}

export type TrackingKey = { code: string; phoneTail: string }

export type LookupOutcome =
  | { kind: 'found'; request: TrackedRequest }
  | { kind: 'invalid'; status: 400; message: string }
  | { kind: 'notFound'; status: 404 }
  | { kind: 'limited'; status: 429 }

const labelOf = (list: ReadonlyArray<{ value: string; label: { zh: string } }>, value?: null | string) =>
  list.find((option) => option.value === value)?.label.zh ?? ''

/** As typed: case, spaces and dashes ignored, and the letters Crockford's base32 reads as digits. */
export const normalizeCode = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')

const isWellFormed = ({ code, phoneTail }: TrackingKey) =>
  code.length === TRACKING_CODE_LENGTH &&
  [...code].every((char) => TRACKING_ALPHABET.includes(char)) &&
  /^\d{4}$/.test(phoneTail)

type StoredRequest = {
  trackingCode?: null | string
  receivedOn: string
  channel: string
  handlingInstitution: unknown
  status?: null | string
  contact?: { phone?: null | string } | null
  steps?: Array<{ kind: string; date: string; outcome?: null | string; documents?: unknown[] | null }> | null
}

/**
 * The request the code names, when the phone number it was filed with ends in `phoneTail`. The code (60
 * random bits) is what finds it; the phone's last four digits keep a code seen over a shoulder or in a
 * forwarded message from opening it, and are what every applicant has (the phone is required, an e-mail is not).
 */
const findRequest = async (payload: Payload, key: TrackingKey): Promise<StoredRequest | null> => {
  const { docs } = await payload.find({
    collection: REQUESTS_SLUG,
    where: { trackingCode: { equals: key.code } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const doc = docs[0] as StoredRequest | undefined
  if (!doc || phoneDigits(doc.contact?.phone ?? '').slice(-4) !== key.phoneTail) return null
  return doc
}

const replyOf = (doc: StoredRequest) => doc.steps?.find((step) => step.kind === 'reply')

/** Counted against the client address's hourly look-ups, then checked: the guard of both tracking doors. */
const guarded = async (
  payload: Payload,
  { key, headers, now }: { key: TrackingKey; headers: Headers; now: number },
): Promise<{ doc: StoredRequest } | Exclude<LookupOutcome, { kind: 'found' }>> => {
  const settings = publicFormSettings(payload)
  const address = clientAddressOf(headers, settings)
  const hits = await countHit(payload, { key: `lookup:${address}`, windowMs: HOUR_MS, now })
  if (hits > settings.lookupsPerHour) return { kind: 'limited', status: 429 }
  const normalized = { code: normalizeCode(key.code), phoneTail: key.phoneTail.trim() }
  if (!isWellFormed(normalized))
    return { kind: 'invalid', status: 400, message: '请填写 12 位查询码和联系电话的后 4 位数字' }
  const doc = await findRequest(payload, normalized)
  return doc ? { doc } : { kind: 'notFound', status: 404 }
}

/** The tracking page's answer: where the request stands and what was replied, for the code and phone given. */
export const lookupRequest = async (
  payload: Payload,
  { key, headers, now = Date.now() }: { key: TrackingKey; headers: Headers; now?: number },
): Promise<LookupOutcome> => {
  const found = await guarded(payload, { key, headers, now })
  if (!('doc' in found)) return found
  const { doc } = found
  const settings = publicFormSettings(payload)
  const institutionId = relationId(doc.handlingInstitution)
  const institution =
    institutionId == null
      ? null
      : await payload
          .findByID({ collection: settings.institutionsCollection as 'institutions', id: institutionId, depth: 0 })
          .catch(() => null)
  const reply = replyOf(doc)
  const documentIds = (reply?.documents ?? []).map(relationId).filter((id): id is number => typeof id === 'number')
  const { docs: files } =
    documentIds.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: settings.uploadsCollection as 'media',
          where: { id: { in: documentIds } },
          overrideAccess: true,
          depth: 0,
          pagination: false,
        })
  return {
    kind: 'found',
    request: {
      trackingCode: doc.trackingCode ?? '',
      receivedOn: doc.receivedOn,
      channel: labelOf(channelOptions, doc.channel),
      institution: (institution as { name?: string } | null)?.name ?? '',
      status: labelOf(statusOptions, doc.status),
      steps: (doc.steps ?? []).map((step) => ({ kind: labelOf(stepKindOptions, step.kind), date: step.date })),
      outcome: reply ? labelOf(replyOutcomeOptions, reply.outcome) || null : null,
      documents: files.map((file) => ({
        id: file.id,
        name: (file as { title?: null | string }).title || file.filename || `答复文书 ${file.id}`,
      })),
    },
  }
}

export type ReplyFile = { path: string; filename: string; mimeType: string; size: number | null }

export type DownloadOutcome = { kind: 'file'; file: ReplyFile } | Exclude<LookupOutcome, { kind: 'found' }>

/**
 * A reply document of the request the code and phone open, and of no other: the file stays private (the
 * media collection never shows it to the public), so it is read from storage here, after the check.
 */
export const replyDocument = async (
  payload: Payload,
  {
    key,
    documentId,
    headers,
    now = Date.now(),
  }: { key: TrackingKey; documentId: number; headers: Headers; now?: number },
): Promise<DownloadOutcome> => {
  const found = await guarded(payload, { key, headers, now })
  if (!('doc' in found)) return found
  const ids = (replyOf(found.doc)?.documents ?? []).map(relationId)
  if (!ids.includes(documentId)) return { kind: 'notFound', status: 404 }
  const { uploadsCollection } = publicFormSettings(payload)
  const file = await payload
    .findByID({ collection: uploadsCollection as 'media', id: documentId, overrideAccess: true, depth: 0 })
    .catch(() => null)
  const upload = payload.collections[uploadsCollection as 'media']?.config.upload
  if (!file?.filename || !upload || typeof upload !== 'object' || !upload.staticDir)
    return { kind: 'notFound', status: 404 }
  return {
    kind: 'file',
    file: {
      path: path.join(upload.staticDir, path.basename(file.filename)),
      filename: file.filename,
      mimeType: file.mimeType ?? 'application/octet-stream',
      size: file.filesize ?? null,
    },
  }
}
