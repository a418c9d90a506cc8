import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createOffice, registerRequest, requestData, SLUG } from './setup'

let payload: Payload
let office: Office
let mine: { id: number; applicantName: string }

const TRACKING_CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  mine = await registerRequest(payload, office.own)
})

const token = (actor: keyof Office['callers']) => office.callers[actor].token

const graphqlRead = (id: number, callerToken?: string) =>
  graphql(
    `
      query ($id: Int!) {
        DisclosureRequest(id: $id) {
          id
          applicantName
          contact {
            phone
          }
        }
      }
    `,
    {
      token: callerToken,
      variables: { id },
    },
  )

const graphqlList = (callerToken?: string) =>
  graphql(
    `
      {
        DisclosureRequests(limit: 100) {
          docs {
            id
            applicantName
          }
          totalDocs
        }
      }
    `,
    { token: callerToken },
  )

describe('registering a request', () => {
  it('should let an editor register a request of their institution, with a generated tracking code', async () => {
    const response = await rest('POST', `/${SLUG}`, {
      token: token('editor'),
      body: requestData(office.own, { trackingCode: 'AAAAAAAAAAAA' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.trackingCode).toMatch(TRACKING_CODE)
    expect(response.json.doc.trackingCode).not.toBe('AAAAAAAAAAAA')
    expect(response.json.doc.status).toBe('received')
  })

  it('should refuse an editor registering a request for another institution, naming the field', async () => {
    const response = await rest('POST', `/${SLUG}`, { token: token('editor'), body: requestData(office.other) })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('handlingInstitution')
  })

  it('should refuse registration to anonymous callers and bulletin editors', async () => {
    expect((await rest('POST', `/${SLUG}`, { body: requestData(office.own) })).status).toBe(403)
    const bulletin = await rest('POST', `/${SLUG}`, { token: token('bulletin-editor'), body: requestData(office.own) })
    expect(bulletin.status).toBe(403)
  })

  it('should keep the tracking code when the request is updated', async () => {
    const created = await registerRequest(payload, office.own)
    const response = await rest('PATCH', `/${SLUG}/${created.id}`, {
      token: token('disclosure-office'),
      body: { trackingCode: 'BBBBBBBBBBBB', purpose: '科研' },
    })
    expect(response.status).toBe(200)
    expect(response.json.doc.trackingCode).toBe(created.trackingCode)
  })

  it('should give every request a different tracking code of 12 base32 characters', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => registerRequest(payload, office.own)))
    const codes = created.map((request) => request.trackingCode)
    for (const code of codes) expect(code).toMatch(TRACKING_CODE)
    expect(new Set(codes).size).toBe(codes.length)
  })
})

describe('reading requests', () => {
  it.each(['editor', 'reviewer', 'disclosure-office', 'admin'] as const)(
    'should let %s read a request of the own institution through REST and GraphQL',
    async (actor) => {
      const response = await rest('GET', `/${SLUG}/${mine.id}?depth=0`, { token: token(actor) })
      expect(response.status).toBe(200)
      expect(response.json.applicantName).toBe(mine.applicantName)
      const viaGraphql = await graphqlRead(mine.id, token(actor))
      expect(viaGraphql.json.data?.DisclosureRequest?.applicantName).toBe(mine.applicantName)
    },
  )

  it('should refuse another institution’s staff the request through REST and GraphQL', async () => {
    const other = office.otherEditor.token
    expect([403, 404]).toContain((await rest('GET', `/${SLUG}/${mine.id}`, { token: other })).status)
    const list = await rest('GET', `/${SLUG}?limit=100&depth=0`, { token: other })
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).not.toContain(mine.id)
    expect((await graphqlRead(mine.id, other)).json.data?.DisclosureRequest ?? null).toBeNull()
    const graphqlDocs = (await graphqlList(other)).json.data?.DisclosureRequests?.docs ?? []
    expect(graphqlDocs.map((doc: { id: number }) => doc.id)).not.toContain(mine.id)
  })

  it('should not let another institution’s staff update the request', async () => {
    const response = await rest('PATCH', `/${SLUG}/${mine.id}`, {
      token: office.otherEditor.token,
      body: { purpose: '改' },
    })
    expect([403, 404]).toContain(response.status)
  })

  it('should refuse anonymous readers every REST door', async () => {
    expect((await rest('GET', `/${SLUG}`)).status).toBe(403)
    expect((await rest('GET', `/${SLUG}/${mine.id}`)).status).toBe(403)
    expect((await rest('GET', `/${SLUG}/count`)).status).toBe(403)
    expect((await rest('GET', `/${SLUG}?where[trackingCode][exists]=true`)).status).toBe(403)
  })

  it('should refuse anonymous readers through GraphQL', async () => {
    const one = await graphqlRead(mine.id)
    expect(one.json.data?.DisclosureRequest ?? null).toBeNull()
    expect(one.json.errors?.[0]?.message).toBeTruthy()
    const list = await graphqlList()
    expect(list.json.data?.DisclosureRequests ?? null).toBeNull()
  })

  it('should refuse bulletin editors, who belong to no institution', async () => {
    expect((await rest('GET', `/${SLUG}/${mine.id}`, { token: token('bulletin-editor') })).status).toBe(403)
  })
})

describe('validating steps', () => {
  const patchSteps = async (steps: unknown[]) => {
    const created = await registerRequest(payload, office.own)
    return rest('PATCH', `/${SLUG}/${created.id}`, { token: token('disclosure-office'), body: { steps } })
  }
  const errorsOf = (response: { json: any }): Array<{ path: string; message: string }> =>
    response.json.errors?.[0]?.data?.errors ?? []

  it('should refuse a reply without an outcome, naming the field in both languages', async () => {
    const response = await patchSteps([{ kind: 'reply', date: '2026-03-10T00:00:00.000Z' }])
    expect(response.status).toBe(400)
    const error = errorsOf(response).find((entry) => entry.path === 'steps.0.outcome')
    expect(error?.message).toContain('答复必须选择办理结果')
    expect(error?.message).toContain('a reply needs its outcome')
  })

  it('should answer in English when the client asks for it', async () => {
    const created = await registerRequest(payload, office.own)
    const response = await rest('PATCH', `/${SLUG}/${created.id}`, {
      token: token('disclosure-office'),
      headers: { 'Accept-Language': 'en' },
      body: { steps: [{ kind: 'reply', date: '2026-03-10T00:00:00.000Z' }] },
    })
    const error = errorsOf(response).find((entry) => entry.path === 'steps.0.outcome')
    expect(error?.message).toContain('a reply needs its outcome')
    expect(error?.message).not.toContain('答复')
  })

  it('should refuse a second extension', async () => {
    const response = await patchSteps([
      { kind: 'extension', date: '2026-03-20T00:00:00.000Z', approvedBy: '李四' },
      { kind: 'extension', date: '2026-03-25T00:00:00.000Z', approvedBy: '李四' },
    ])
    expect(response.status).toBe(400)
    expect(errorsOf(response).find((entry) => entry.path === 'steps')?.message).toContain('only once')
  })

  it('should refuse a step dated before the request was received', async () => {
    const response = await patchSteps([{ kind: 'correctionRequested', date: '2026-02-27T00:00:00.000Z' }])
    expect(response.status).toBe(400)
    expect(errorsOf(response).find((entry) => entry.path === 'steps.0.date')?.message).toContain('收到申请之日')
  })

  it('should refuse an extension notice dated before the request was received', async () => {
    const response = await patchSteps([
      { kind: 'extension', date: '2026-03-20T00:00:00.000Z', noticeSentOn: '2026-02-01T00:00:00.000Z' },
    ])
    expect(response.status).toBe(400)
    expect(errorsOf(response).map((entry) => entry.path)).toContain('steps.0.noticeSentOn')
  })
})

describe('the status', () => {
  it('should follow the steps up to the reply and its date', async () => {
    const created = await registerRequest(payload, office.own)
    const steps: Array<Record<string, unknown>> = []
    const save = async (step: Record<string, unknown>) => {
      steps.push(step)
      const response = await rest('PATCH', `/${SLUG}/${created.id}`, { token: token('editor'), body: { steps } })
      expect(response.status).toBe(200)
      return response.json.doc as { status: string; repliedOn: null | string }
    }
    expect((await save({ kind: 'correctionRequested', date: '2026-03-03T00:00:00.000Z' })).status).toBe(
      'awaitingCorrection',
    )
    expect((await save({ kind: 'correctionReceived', date: '2026-03-06T00:00:00.000Z' })).status).toBe('received')
    expect(
      (
        await save({
          kind: 'extension',
          date: '2026-03-30T00:00:00.000Z',
          approvedBy: '李四',
          noticeSentOn: '2026-03-30T00:00:00.000Z',
        })
      ).status,
    ).toBe('extended')
    expect((await save({ kind: 'thirdPartySent', date: '2026-04-01T00:00:00.000Z' })).status).toBe('thirdParty')
    expect((await save({ kind: 'thirdPartyReplied', date: '2026-04-10T00:00:00.000Z' })).status).toBe('extended')
    const replied = await save({ kind: 'reply', date: '2026-04-20T00:00:00.000Z', outcome: 'partlyDisclosed' })
    expect(replied.status).toBe('replied')
    expect(replied.repliedOn).toBe('2026-04-20T00:00:00.000Z')
  })

  it('should ignore a status sent by a client', async () => {
    const created = await registerRequest(payload, office.own)
    const response = await rest('PATCH', `/${SLUG}/${created.id}`, {
      token: token('editor'),
      body: { status: 'replied', repliedOn: '2026-03-05T00:00:00.000Z' },
    })
    expect(response.json.doc.status).toBe('received')
    expect(response.json.doc.repliedOn).toBeNull()
  })
})
