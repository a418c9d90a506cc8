import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { pdf, upload } from '../../helpers/files'
import { unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, registerRequest, SLUG } from './setup'

/**
 * A reply's documents (答复告知书, the information provided) are read by the handling institution's staff and the
 * office, whoever uploaded them, and by nobody else: they never become public.
 */

let payload: Payload
let office: Office
let file: { id: number; filename: string }

const token = (actor: keyof Office['callers']) => office.callers[actor].token

const canRead = async (callerToken: string | undefined) => {
  const doc = await rest('GET', `/media/${file.id}`, { token: callerToken })
  const download = await rest('GET', `/media/file/${encodeURIComponent(file.filename)}`, { token: callerToken })
  expect(download.status === 200).toBe(doc.status === 200)
  return doc.status === 200
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  const created = await rest('POST', '/media', {
    token: token('editor'),
    body: upload(pdf(), { name: `${unique('reply')}.pdf`, type: 'application/pdf' }, { title: '答复告知书' }),
  })
  expect(created.status).toBe(201)
  file = { id: created.json.doc.id, filename: created.json.doc.filename }
})

describe('reply documents', () => {
  it('should be read by the uploader alone before a reply uses them', async () => {
    expect(await canRead(token('editor'))).toBe(true)
    expect(await canRead(token('reviewer'))).toBe(false)
  })

  it('should be read by the handling institution’s staff and the office once attached to a reply', async () => {
    const request = await registerRequest(payload, office.own)
    const replied = await rest('PATCH', `/${SLUG}/${request.id}`, {
      token: token('editor'),
      body: {
        steps: [{ kind: 'reply', date: '2026-03-10T00:00:00.000Z', outcome: 'disclosed', documents: [file.id] }],
      },
    })
    expect(replied.status).toBe(200)
    for (const actor of ['editor', 'reviewer', 'signer', 'secrecy-reviewer', 'disclosure-office'] as const)
      expect(await canRead(token(actor)), actor).toBe(true)
  })

  it('should stay closed to other institutions, bulletin editors and the public', async () => {
    expect(await canRead(office.otherEditor.token)).toBe(false)
    expect(await canRead(token('bulletin-editor'))).toBe(false)
    expect(await canRead(undefined)).toBe(false)
    const stored = await payload.findByID({ collection: 'media', id: file.id, depth: 0 })
    expect(stored.isPublic).toBe(false)
  })
})
