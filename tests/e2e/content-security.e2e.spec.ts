import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The content security report as its readers meet it in the Chinese admin, against `next start`: an editor
 * sees what the save of their draft found, and the disclosure office accepts a false positive there with a
 * reason (refused without one), which the audit log keeps.
 */

/** A window's public enquiry line that happens to be a mobile number: personal data by its shape only. */
const ENQUIRY_LINE = '13912345678'

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let people: Record<'editor' | 'office', SignedInUser>
let item: number

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  const institution = (await createInstitution(payload)).id
  people = {
    editor: await createUser(payload, { roles: ['editor'], institutions: [institution] }),
    office: await createUser(payload, { roles: ['disclosure-office'] }),
  }
  const draft = await payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('关于办事窗口咨询方式的公告'),
      institution,
      body: lexical(`办事窗口咨询电话：${ENQUIRY_LINE}（工作日 8:30-17:00）。`),
      _status: 'draft',
    },
    draft: true,
    depth: 0,
  })
  item = draft.id
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const report = () => page.locator('.content-findings-report')

const openItemAs = async (person: SignedInUser) => {
  await browser.signInWithToken(server.url, person.token)
  await page.goto(`${server.url}/admin/collections/disclosure-items/${item}`)
  await page.waitForLoadState('networkidle', { timeout: 90_000 })
  await expect
    .poll(async () => (await report().textContent()) ?? '', { timeout: 90_000 })
    .toContain(ENQUIRY_LINE.slice(0, 3))
}

describe('the content security report in the admin', () => {
  it(
    'should show the editor what the save found, in Chinese, with no way to wave it through',
    { timeout: 300_000 },
    async () => {
      await openItemAs(people.editor)
      const text = (await report().textContent()) ?? ''
      expect(text).toContain('内容安全检查')
      expect(text).toContain('阻止发布')
      // Masked in the report as in the database: the full number is nowhere.
      expect(text).not.toContain(ENQUIRY_LINE)
      expect(text).not.toMatch(/Blocks publication|Content security/)
      expect(await page.locator('.content-findings-report__accept').count()).toBe(0)
    },
  )

  it(
    'should let the disclosure office accept it as a false positive, only with a reason, kept in the audit log',
    { timeout: 300_000 },
    async () => {
      await openItemAs(people.office)
      await page.locator('.content-findings-report__accept').first().click()
      await page.locator('.content-findings-report__confirm').click()
      // Refused without a reason, saying so in Chinese.
      const refusal = page.locator('.content-findings-report__error')
      await refusal.waitFor({ timeout: 30_000 })
      expect((await refusal.textContent()) ?? '').toMatch(/[\u4e00-\u9fff]/)
      expect((await refusal.textContent()) ?? '').not.toMatch(/[A-Za-z]{3}/)

      const reason = '该号码为办事窗口对外公布的咨询电话，不属于个人信息'
      await page.fill('.content-findings-report__acceptance textarea', reason)
      await page.locator('.content-findings-report__confirm').click()
      await expect.poll(async () => (await report().textContent()) ?? '', { timeout: 30_000 }).toContain('已认定误报')
      expect((await report().textContent()) ?? '').toContain(reason)

      const { docs: findings } = await payload.find({
        collection: 'content-findings',
        where: { documentId: { equals: String(item) } },
        depth: 0,
      })
      expect(findings.map((finding) => finding.status)).toEqual(['accepted'])
      const { docs: events } = await payload.find({
        collection: 'workflow-events',
        where: { documentId: { equals: String(item) }, action: { equals: 'acceptFinding' } },
        depth: 0,
      })
      expect(events.map((event) => event.comment)).toEqual([reason])
    },
  )
})
