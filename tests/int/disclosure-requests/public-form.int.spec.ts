import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lookupRequest, submitRequest } from '../../../plugins/disclosure-requests'
import { chineseNumeral } from '../../../plugins/disclosure-requests/publicForm/challenge'
import { localDay, startOfLocalDay } from '../../../src/lib/platform/dates'
import { type AppServer, ensureBuild, startAppServer } from '../../helpers/appServer'
import { pdf } from '../../helpers/files'
import { createInstitution, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { SLUG } from './setup'

/**
 * The portal's request form (依申请公开申请) and tracking page through the production server: plain form POSTs,
 * as a browser without script sends them. The server trusts one proxy hop (TRUSTED_PROXY_HOPS=1), so each
 * test plays a client of its own address through `X-Forwarded-For`, and the hourly limits of one test never
 * reach another.
 */

let payload: Payload
let server: AppServer
let institution: { id: number; name: string }

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer({ env: { TRUSTED_PROXY_HOPS: '1' } })
  institution = await createInstitution(payload, { name: unique('申请受理局') })
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

let clients = 0
/** A client address no other test uses. */
const newClient = () => {
  clients += 1
  return `198.51.${Math.floor(Math.random() * 200)}.${clients}`
}

const numbers = new Map(Array.from({ length: 100 }, (_, n) => [chineseNumeral(n), n]))

/** The form page as the client sees it, and the answer to its challenge, worked out as a person would. */
const openForm = async (client: string) => {
  const response = await fetch(`${server.url}/request`, { headers: { 'X-Forwarded-For': client } })
  const html = await response.text()
  const token = /name="challengeToken" value="([^"]+)"/.exec(html)?.[1]
  const question = /请计算：(.+?)(加|减)(.+?)等于几？/.exec(html)
  if (!token || !question) throw new Error(`no challenge on the form page:\n${html.slice(0, 2000)}`)
  const [a, b] = [numbers.get(question[1]!)!, numbers.get(question[3]!)!]
  return { status: response.status, html, token, answer: String(question[2] === '加' ? a + b : a - b) }
}

const post = async (path: string, fields: Record<string, string>, client: string) => {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': client },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const validFields = (data: Record<string, string> = {}) => ({
  applicantType: 'naturalPerson',
  applicantName: unique('李四'),
  applicantIdNumber: '110101199003074514',
  phone: '139-0000-5678',
  email: '',
  address: '',
  requestedInformation: '某路段拓宽工程的立项批复',
  purpose: '了解工程情况',
  handlingInstitution: String(institution.id),
  deliveryMethod: 'online',
  ...data,
})

/** Opens the form and submits it answered correctly (unless `answer` says otherwise). */
const submit = async (client: string, data: Record<string, string> = {}, answer?: string) => {
  const form = await openForm(client)
  const fields = { ...validFields(data), challengeToken: form.token, challengeAnswer: answer ?? form.answer }
  return { ...(await post('/request/submit', fields, client)), fields, form }
}

const trackingCodeIn = (html: string) => /class="tracking-code">([0-9A-Z]{12})</.exec(html)?.[1]

const requestsNamed = (applicantName: string) =>
  payload.find({ collection: SLUG, where: { applicantName: { equals: applicantName } }, depth: 0 })

describe('submitting a request online', () => {
  it('should register a valid submission as an online request received today and show its tracking code', async () => {
    const before = Date.now()
    const { status, body, fields } = await submit(newClient())
    expect(status).toBe(201)
    const code = trackingCodeIn(body)
    expect(code).toBeDefined()
    expect(body).toContain('请抄写或截图保存查询码')
    const { docs } = await requestsNamed(fields.applicantName)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      trackingCode: code,
      channel: 'online',
      applicantType: 'naturalPerson',
      applicantIdNumber: '110101199003074514',
      contact: { phone: '139-0000-5678' },
      deliveryMethod: 'online',
      status: 'received',
      handlingInstitution: institution.id,
    })
    // Art. 31: received the day it was submitted, in the office's time zone.
    const today = [localDay(new Date(before)), localDay(new Date())].map((day) => startOfLocalDay(day).toISOString())
    expect(today).toContain(new Date(docs[0]!.receivedOn).toISOString())
  })

  it('should refuse missing and malformed fields with 400, naming each field and keeping what was typed', async () => {
    const name = unique('王五')
    const { status, body } = await submit(newClient(), {
      applicantType: 'commercialEnterprise',
      applicantName: name,
      applicantIdNumber: 'not-a-code',
      phone: '',
      requestedInformation: '',
      deliveryMethod: 'email',
      email: 'not-an-email',
    })
    expect(status).toBe(400)
    expect(body).toContain('提交未成功')
    for (const [field, message] of [
      ['applicantIdNumber', '统一社会信用代码应为 18 位数字或大写字母'],
      ['phone', '请填写联系电话'],
      ['email', '电子邮箱格式不正确'],
      ['requestedInformation', '请填写所需政府信息的名称、文号或特征描述'],
    ]) {
      expect(body).toContain(`id="request-${field}-error"`)
      expect(body).toContain(message)
      // The summary links to the field, and the field names its error for screen readers.
      expect(body).toContain(`href="#request-${field}"`)
      expect(body).toMatch(
        new RegExp(
          `aria-describedby="[^"]*request-${field}-error"[^>]*id="request-${field}"|id="request-${field}"[^>]*aria-describedby="[^"]*request-${field}-error"`,
        ),
      )
    }
    expect(body).toContain(`value="${name}"`)
    expect((await requestsNamed(name)).totalDocs).toBe(0)
  })

  it('should refuse a handling institution the public cannot see', async () => {
    const draft = await payload.create({
      collection: 'institutions',
      data: { name: unique('未发布机构'), kind: 'department', _status: 'draft' },
      draft: true,
      depth: 0,
    })
    const { status, body, fields } = await submit(newClient(), { handlingInstitution: String(draft.id) })
    expect(status).toBe(400)
    expect(body).toContain('请选择列表中的受理机关')
    expect((await requestsNamed(fields.applicantName)).totalDocs).toBe(0)
  })

  it('should refuse a wrong answer to the challenge, and a token used twice', async () => {
    const client = newClient()
    const wrong = await submit(client, {}, '999')
    expect(wrong.status).toBe(400)
    expect(wrong.body).toContain('验证题答案不正确')
    expect((await requestsNamed(wrong.fields.applicantName)).totalDocs).toBe(0)

    const first = await submit(client)
    expect(first.status).toBe(201)
    const replay = await post('/request/submit', { ...first.fields, applicantName: unique('重放') }, client)
    expect(replay.status).toBe(400)
    expect(replay.body).toContain('该验证题已经使用过')
  })

  it('should answer 429 once an address has submitted its hourly allowance, counted across app instances', async () => {
    const client = newClient()
    const headers = new Headers({ 'X-Forwarded-For': client })
    // Another instance (this process, on the same database) takes part of the allowance …
    for (let i = 0; i < 4; i += 1) {
      const outcome = await submitRequest(payload, { form: new FormData(), headers })
      expect(outcome.kind).toBe('invalid')
    }
    // … and the server counts the rest.
    for (let i = 0; i < 6; i += 1) {
      expect((await post('/request/submit', { applicantName: 'x' }, client)).status).toBe(400)
    }
    const { status, body, fields } = await submit(client)
    expect(status).toBe(429)
    expect(body).toContain('提交过于频繁，请一小时后再试')
    expect((await requestsNamed(fields.applicantName)).totalDocs).toBe(0)
    // Another address is not held back.
    expect((await submit(newClient())).status).toBe(201)
  })

  it('should keep REST and GraphQL creation refused to anonymous callers', async () => {
    const data = { ...validFields(), channel: 'online', receivedOn: new Date().toISOString() }
    expect((await rest('POST', '/disclosure-requests', { body: data })).status).toBe(403)
    const response = await graphql(
      `
        mutation {
          createDisclosureRequest(
            data: { applicantType: naturalPerson, applicantName: "x", channel: online, receivedOn: "2026-01-01", requestedInformation: "x", handlingInstitution: ${institution.id} }
          ) {
            id
          }
        }
      `,
    )
    expect(response.json.errors?.length).toBeGreaterThan(0)
    expect((await rest('GET', '/disclosure-request-limits')).status).toBe(403)
    expect(
      (
        await rest('POST', '/disclosure-request-limits', {
          body: { key: 'x', hits: 0, expiresAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)
  })
})

describe('tracking a request', () => {
  const lookup = (code: string, phoneTail: string, client = newClient()) =>
    post('/request/track/lookup', { code, phoneTail }, client)

  it('should show the status to the tracking code and the phone’s last four digits, and nothing personal', async () => {
    const { body, fields } = await submit(newClient())
    const code = trackingCodeIn(body)!
    // As typed by hand: lower case, grouped with a dash.
    const found = await lookup(`${code.slice(0, 6).toLowerCase()}-${code.slice(6)}`, '5678')
    expect(found.status).toBe(200)
    expect(found.body).toContain('已受理')
    expect(found.body).toContain(institution.name)
    expect(found.body).toContain('网上申请')
    for (const personal of [fields.applicantName, fields.applicantIdNumber, fields.phone, fields.requestedInformation])
      expect(found.body).not.toContain(personal)
    expect(found.headers.get('cache-control')).toContain('no-store')
  })

  it('should not say whether the code or the phone was wrong, and refuse malformed input with 400', async () => {
    const { body } = await submit(newClient())
    const code = trackingCodeIn(body)!
    const wrongPhone = await lookup(code, '0000')
    expect(wrongPhone.status).toBe(404)
    expect(wrongPhone.body).toContain('没有找到与查询码和电话号码相符的申请')
    expect(wrongPhone.body).not.toContain('已受理')
    const wrongCode = await lookup('0000000000000', '5678')
    expect(wrongCode.status).toBe(400)
    expect(wrongCode.body).toContain('请填写 12 位查询码和联系电话的后 4 位数字')
  })

  it('should refuse look-ups with 429 past the hourly allowance of an address', async () => {
    const client = newClient()
    const headers = new Headers({ 'X-Forwarded-For': client })
    for (let i = 0; i < 60; i += 1) {
      await lookupRequest(payload, { key: { code: '', phoneTail: '' }, headers })
    }
    const refused = await lookup('0000000000000', '5678', client)
    expect(refused.status).toBe(429)
    expect(refused.body).toContain('提交过于频繁')
  })

  it('should stream a reply document to the code and phone, and to nobody else', async () => {
    const { body } = await submit(newClient())
    const code = trackingCodeIn(body)!
    const data = pdf(2000)
    const file = await payload.create({
      collection: 'media',
      data: { title: unique('答复告知书') },
      file: { data, mimetype: 'application/pdf', name: `${unique('reply')}.pdf`, size: data.length },
    })
    const stranger = await payload.create({
      collection: 'media',
      data: { title: unique('其他文件') },
      file: { data, mimetype: 'application/pdf', name: `${unique('other')}.pdf`, size: data.length },
    })
    const { docs } = await payload.find({ collection: SLUG, where: { trackingCode: { equals: code } }, depth: 0 })
    await payload.update({
      collection: SLUG,
      id: docs[0]!.id,
      data: {
        steps: [
          {
            kind: 'reply',
            date: new Date().toISOString(),
            outcome: 'disclosed',
            documents: [file.id],
            note: '内部备注不公开',
          },
        ],
      },
      depth: 0,
    })

    const found = await lookup(code, '5678')
    expect(found.status).toBe(200)
    expect(found.body).toContain('已答复')
    expect(found.body).toContain('予以公开')
    expect(found.body).toContain(file.title!)
    expect(found.body).not.toContain('内部备注不公开')

    const download = (fields: Record<string, string>) => post('/request/track/document', fields, newClient())
    const fetched = await fetch(`${server.url}/request/track/document`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': newClient() },
      body: new URLSearchParams({ code, phoneTail: '5678', document: String(file.id) }),
    })
    expect(fetched.status).toBe(200)
    expect(fetched.headers.get('content-type')).toBe('application/pdf')
    expect(fetched.headers.get('content-disposition')).toContain('attachment')
    expect(Buffer.from(await fetched.arrayBuffer()).equals(data)).toBe(true)

    expect((await download({ code, phoneTail: '0000', document: String(file.id) })).status).toBe(404)
    expect((await download({ code, phoneTail: '5678', document: String(stranger.id) })).status).toBe(404)
    expect((await download({ code, phoneTail: '5678', document: 'x' })).status).toBe(404)
    // The file itself stays private: the media API does not serve it to the public.
    const direct = await fetch(`${server.url}/api/media/file/${encodeURIComponent(file.filename!)}`)
    expect(direct.status).toBeGreaterThanOrEqual(400)
  })
})

describe('the portal around the form', () => {
  it('should link 依申请公开 in the footer to the form and keep the guide linked', async () => {
    const home = await (await fetch(`${server.url}/`)).text()
    expect(home).toContain('<a href="/request">依申请公开</a>')
    expect(home).toContain('href="/guide"')
  })

  it('should never show an applicant on a public page, feed, sitemap or search', async () => {
    const { fields } = await submit(newClient())
    const pages = [
      '/',
      `/institutions/${institution.id}`,
      '/catalogue',
      '/feeds/disclosure-items',
      '/sitemap.xml',
      '/sitemap',
      '/request',
      '/request/track',
    ]
    for (const path of pages) {
      const response = await fetch(`${server.url}${path}`)
      const text = await response.text()
      expect(response.status, path).toBeLessThan(400)
      expect(text, path).not.toContain(fields.applicantName)
      expect(text, path).not.toContain(fields.applicantIdNumber)
    }
    // The search form echoes the words searched for; what matters is that nothing is found by them.
    for (const word of [fields.applicantName, fields.applicantIdNumber, fields.requestedInformation]) {
      const response = await fetch(`${server.url}/search?q=${encodeURIComponent(word)}`)
      expect(await response.text(), word).toContain('没有找到相关信息')
    }
    const api = await fetch(
      `${server.url}/api/disclosure-requests?where[applicantName][equals]=${encodeURIComponent(fields.applicantName)}`,
    )
    expect(api.status).toBe(403)
  })
})
