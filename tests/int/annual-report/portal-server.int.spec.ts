import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { type AppServer, ensureBuild, startAppServer } from '../../helpers/appServer'
import { createInstitution, createUser, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { annualReportData } from '../access/documents'

let payload: Payload
let server: AppServer

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer()
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: response.status, body: await response.text() }
}

describe('annual reports on the portal, through the production server', () => {
  it('should list a published report by year with its downloads and show its tables, and never a draft', async () => {
    const institution = (await createInstitution(payload)).id
    const create = (status: 'draft' | 'published', title: string) =>
      payload.create({
        collection: 'annual-reports',
        data: { ...annualReportData({ institution, status }), title },
        depth: 0,
        context: systemPublishContext(),
      })
    const published = await create('published', unique('门户年度报告'))
    const draft = await create('draft', unique('草稿年度报告'))

    // Found from every page's footer.
    expect((await page('/')).body).toMatch(/<a href="\/annual-reports">年度报告<\/a>/)

    const list = await page('/annual-reports')
    expect(list.status).toBe(200)
    expect(list.body).toContain('id="year-2025"')
    expect(list.body).toContain(published.title)
    expect(list.body).toContain(`/api/annual-reports/${published.id}/pdf`)
    expect(list.body).not.toContain(draft.title)

    const detail = await page(`/annual-reports/${published.id}`)
    expect(detail.status).toBe(200)
    expect(detail.body).toContain('三、收到和处理政府信息公开申请情况')
    expect(detail.body).toContain('四、结转下年度继续办理')
    expect((await page(`/annual-reports/${draft.id}`)).status).toBe(404)
  })

  it('should show the office the computed tables as tables in Chinese, with the recompute button, in the admin', async () => {
    const institution = (await createInstitution(payload)).id
    const report = await payload.create({
      collection: 'annual-reports',
      data: annualReportData({ institution, status: 'draft' }),
      depth: 0,
    })
    const office = await createUser(payload, { roles: ['disclosure-office'] })
    const response = await fetch(`${server.url}/admin/collections/annual-reports/${report.id}`, {
      headers: { Cookie: `payload-token=${office.token}` },
      redirect: 'manual',
    })
    expect(response.status).toBe(200)
    const body = await response.text()
    expect(body).toContain('表三 收到和处理政府信息公开申请情况')
    expect(body).toContain('四、结转下年度继续办理')
    expect(body).toContain('重新计算表二、表三')
  })
})
