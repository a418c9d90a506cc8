import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { type AppServer, ensureBuild, startAppServer } from '../../helpers/appServer'
import { MB, pdf, upload } from '../../helpers/files'
import { createInstitution, createUser, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDraftIssue, publishItem as publishBulletinItem, publishIssue, sectionsOf } from '../bulletin/fixtures'
import { publisher } from './publish'

let payload: Payload
let server: AppServer
const previewSecret = `preview-${crypto.randomUUID()}`
const text = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** Whether a page, feed or sitemap names the entry (its number as text, or in a link with the slash encoded). */
const mentions = (body: string, indexNumber: string) =>
  body.includes(indexNumber) || body.includes(encodeURIComponent(indexNumber))

const permalink = (indexNumber: string) => `/catalogue/${indexNumber.split('/').map(encodeURIComponent).join('/')}`

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer({ env: { PREVIEW_SECRET: previewSecret } })
  // Publishes here (the Local API in this process) reach the server's cache through PostgreSQL (NOTIFY/LISTEN).
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

describe('portal through the production server', () => {
  it(
    'should show a published entry on its page, the catalogue, its feeds, the sitemap and search, and never a withdrawn one or a draft',
    { timeout: 120_000 },
    async () => {
      const publish = publisher(payload)
      const institution = await createInstitution(payload)
      const word = unique('门户检索')
      const shown = await publish.publishItem({ institution: institution.id, title: `${word} 公开的信息` })
      const withdrawn = await publish.publishItem({ institution: institution.id, title: unique('已撤回的信息') })
      await publish.withdraw('disclosure-items', withdrawn.id)
      const draft = await payload.create({
        collection: 'disclosure-items',
        data: {
          title: unique('草稿信息'),
          institution: institution.id,
          disclosureMethod: 'proactive',
          _status: 'draft',
        },
        draft: true,
        depth: 0,
      })

      const page = await text(permalink(shown.indexNumber!))
      expect(page.status).toBe(200)
      expect(page.body).toContain('<html lang="zh-CN"')
      expect(page.body).toContain(shown.title)
      expect(page.body).toContain(shown.indexNumber)
      expect((await text(permalink(withdrawn.indexNumber!))).status).toBe(404)

      const sources = await Promise.all([
        text(`/catalogue?institution=${institution.id}`),
        text('/feeds/disclosure-items'),
        text(`/feeds/institutions/${institution.id}?format=rss`),
        text('/sitemap.xml'),
        text(`/search?q=${encodeURIComponent(word)}`),
      ])
      for (const source of sources) {
        expect(source.status).toBe(200)
        expect(mentions(source.body, shown.indexNumber!)).toBe(true)
        expect(mentions(source.body, withdrawn.indexNumber!)).toBe(false)
        expect(source.body).not.toContain(withdrawn.title)
        expect(source.body).not.toContain(draft.title)
      }
      expect(sources[1]!.headers.get('content-type')).toContain('application/atom+xml')
      expect(sources[2]!.headers.get('content-type')).toContain('application/rss+xml')
      expect(sources[3]!.body).toMatch(
        new RegExp(`<loc>http://[^<]+/catalogue/${encodeURIComponent(shown.indexNumber!)}</loc>`),
      )
      expect(sources[4]!.body).toContain('<mark>')
    },
  )

  it(
    'should show a change and drop a withdrawal on pages already cached, once the plugin revalidates',
    { timeout: 120_000 },
    async () => {
      const publish = publisher(payload)
      const institution = await createInstitution(payload)
      const item = await publish.publishItem({ institution: institution.id, title: unique('将被修改的信息') })
      const paths = [
        permalink(item.indexNumber!),
        `/catalogue?institution=${institution.id}`,
        `/feeds/institutions/${institution.id}`,
        '/sitemap.xml',
      ]
      for (const path of paths) expect(mentions((await text(path)).body, item.indexNumber!)).toBe(true)

      const changedTitle = unique('修改后的标题')
      await payload.update({
        collection: 'disclosure-items',
        id: item.id,
        data: { title: changedTitle },
        depth: 0,
        context: systemPublishContext(),
      })
      for (const path of paths.slice(0, 3))
        await expect
          .poll(async () => (await text(path)).body, { timeout: 10_000, interval: 200 })
          .toContain(changedTitle)

      await publish.withdraw('disclosure-items', item.id)
      await expect.poll(async () => (await text(paths[0]!)).status, { timeout: 10_000, interval: 200 }).toBe(404)
      for (const path of paths.slice(1)) {
        await expect
          .poll(async () => mentions((await text(path)).body, item.indexNumber!), { timeout: 10_000, interval: 200 })
          .toBe(false)
      }
    },
  )

  it(
    'should show an institution’s new name on its page and on its entries already cached',
    { timeout: 120_000 },
    async () => {
      const institution = await createInstitution(payload)
      const item = await publisher(payload).publishItem({ institution: institution.id })
      const paths = [`/institutions/${institution.id}`, permalink(item.indexNumber!)]
      for (const path of paths) expect((await text(path)).body).toContain(institution.name)

      const renamed = unique('更名后的机构')
      await payload.update({ collection: 'institutions', id: institution.id, data: { name: renamed }, depth: 0 })
      for (const path of paths)
        await expect.poll(async () => (await text(path)).body, { timeout: 10_000, interval: 200 }).toContain(renamed)
    },
  )

  it('should answer a where or data parameter that is not JSON with a 400 naming it, in front of Payload', async () => {
    for (const [method, path, name] of [
      ['GET', '/api/categories?where=abc', 'where'],
      ['DELETE', '/api/categories?where=%7Bnot', 'where'],
      ['GET', '/api/disclosure-items?data=x', 'data'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method })
      const json = (await response.json()) as {
        errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }>
      }
      expect(response.status, path).toBe(400)
      expect(json.errors[0]!.data.errors[0]).toMatchObject({
        path: name,
        message: expect.stringMatching(/JSON.* \/ .*JSON/),
      })
    }
    const valid = await fetch(
      `${server.url}/api/categories?where=${encodeURIComponent(JSON.stringify({ code: { equals: 'T02' } }))}&limit=1`,
    )
    expect(valid.status).toBe(200)
  })

  it(
    'should take an upload over 10 MB through the server whole (the request guard never buffers uploads)',
    { timeout: 120_000 },
    async () => {
      const office = await createUser(payload, { roles: ['disclosure-office'] })
      const file = pdf(11 * MB)
      const response = await fetch(`${server.url}/api/media`, {
        method: 'POST',
        headers: { Authorization: `JWT ${office.token}` },
        body: upload(file, { name: 'large.pdf', type: 'application/pdf' }),
      })
      expect(response.status).toBe(201)
      expect(((await response.json()) as { doc: { filesize: number } }).doc.filesize).toBe(file.length)
    },
  )

  it('should answer unknown feeds and bad ids with 404, never 500', async () => {
    expect((await text('/feeds/users')).status).toBe(404)
    expect((await text('/feeds/institutions/abc')).status).toBe(404)
    expect((await text('/feeds/institutions/999999999')).status).toBe(404)
    expect((await text('/institutions/abc')).status).toBe(404)
    expect((await text('/catalogue/100%25/2020')).status).toBe(404)
    expect((await text('/catalogue?page=-1&year=abc')).status).toBe(200)
  })

  it('should title an institution, its guide and an official by name, and answer a bad or unknown id of each with 404', async () => {
    const institution = await createInstitution(payload)
    const official = await payload.create({
      collection: 'officials',
      data: { name: unique('领导'), institution: institution.id, post: '局长', _status: 'published' },
      depth: 0,
      context: systemPublishContext(),
    })
    const titleOf = (body: string) => /<title>([^<]*)<\/title>/.exec(body)?.[1]
    for (const [path, title] of [
      [`/institutions/${institution.id}`, institution.name],
      [`/guide/${institution.id}`, `${institution.name}政府信息公开指南`],
      [`/officials/${official.id}`, official.name],
    ] as const) {
      const page = await text(path)
      expect(page.status, path).toBe(200)
      expect(titleOf(page.body), path).toContain(title)
    }
    for (const segment of ['institutions', 'guide', 'officials'])
      for (const id of ['abc', '0', '999999999']) expect((await text(`/${segment}/${id}`)).status, segment).toBe(404)
  })

  it('should keep large text and high contrast in a cookie, applied by /display.css, without JavaScript', async () => {
    const set = await fetch(`${server.url}/display?text=large&contrast=high`, {
      redirect: 'manual',
      headers: { Referer: `${server.url}/policies` },
    })
    expect(set.status).toBe(303)
    expect(set.headers.get('location')).toBe('/policies')
    const cookie = set.headers.get('set-cookie')!.split(';')[0]!
    const css = await fetch(`${server.url}/display.css`, { headers: { Cookie: cookie } })
    expect(await css.text()).toContain('font-size:137.5%')
    const elsewhere = await fetch(`${server.url}/display?text=normal`, {
      redirect: 'manual',
      headers: { Referer: 'https://evil.example/x' },
    })
    expect(elsewhere.headers.get('location')).toBe('/')
  })

  it('should preview a draft only with draft mode, turned on by the secret or a signed-in editor', async () => {
    const institution = await createInstitution(payload)
    const draft = await payload.create({
      collection: 'disclosure-items',
      data: { title: unique('预览草稿'), institution: institution.id, disclosureMethod: 'proactive', _status: 'draft' },
      draft: true,
      depth: 0,
    })
    expect((await text(`/preview/disclosure-items/${draft.id}`)).status).toBe(404)
    expect((await text(`/preview?collection=disclosure-items&id=${draft.id}`)).status).toBe(401)
    expect((await text(`/preview?collection=disclosure-items&id=${draft.id}&secret=wrong`)).status).toBe(401)
    // The session-signing secret is not a preview secret: it must never travel in a URL.
    expect(
      (
        await text(
          `/preview?collection=disclosure-items&id=${draft.id}&secret=${encodeURIComponent(process.env.PAYLOAD_SECRET!)}`,
        )
      ).status,
    ).toBe(401)
    expect((await text(`/preview?collection=users&id=1`)).status).toBe(400)

    const enable = await fetch(
      `${server.url}/preview?collection=disclosure-items&id=${draft.id}&secret=${previewSecret}`,
      {
        redirect: 'manual',
      },
    )
    expect(enable.status).toBe(307)
    const cookies = enable.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ')
    const preview = await fetch(`${server.url}${enable.headers.get('location')}`, { headers: { Cookie: cookies } })
    expect(preview.status).toBe(200)
    expect(await preview.text()).toContain(draft.title)
  })

  it(
    'should list a published bulletin issue with its downloads on /bulletin, and never a draft issue',
    { timeout: 120_000 },
    async () => {
      const entry = await publishBulletinItem(payload)
      const published = await createDraftIssue(payload, sectionsOf(['政府文件', [entry]]))
      await publishIssue(payload, published.id)
      const draft = await createDraftIssue(payload, sectionsOf(['政府文件', [entry]]))

      const page = await text('/bulletin')
      expect(page.status).toBe(200)
      expect(page.body).toContain(`年第${published.issueNumber}期（总第${published.cumulativeNumber}期）`)
      expect(page.body).toContain(`/api/bulletin-issues/${published.id}/pdf`)
      expect(page.body).toContain(`/api/bulletin-issues/${published.id}/docx`)
      expect(page.body).not.toContain(`/api/bulletin-issues/${draft.id}/`)
    },
  )
})
