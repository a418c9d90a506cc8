import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { seedWorkingCalendar } from '../../seed/workingCalendar'
import { fillSteadily, pickOption } from '../helpers/adminForm'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * 政府信息公开工作年度报告 in the zh-CN admin, as the disclosure office does its yearly job: opens 年度报告 from the
 * navigation, starts the report of a year for an institution, reads tables 二 and 三 computed from that year's
 * requests, recomputes them after one more request arrived, and submits the report into the review chain.
 */

const SLUG = 'annual-reports'
// A past year: every request received in it counts, whatever today is.
const YEAR = 2024

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let institution: { id: number; name: string }
let office: SignedInUser

/** A request received in YEAR by the test's institution, not yet replied to (新收, then 结转下年度). */
const register = async (receivedOn: string) =>
  payload.create({
    collection: 'disclosure-requests',
    data: {
      applicantType: 'naturalPerson',
      applicantName: unique('年报申请人'),
      channel: 'online',
      receivedOn,
      requestedInformation: '某道路改造工程的预算批复',
      handlingInstitution: institution.id,
    },
    depth: 0,
  })

/** Waits until table 三's row starting `rowLabel` reads `expected` under 自然人 and under 总计. */
const table3Shows = (rowLabel: string, expected: number) =>
  page.waitForFunction(
    ({ rowLabel, expected }) => {
      const tables = document.querySelectorAll('.annual-report-snapshot table')
      const table3 = tables[1]
      if (!table3) return false
      const headers = [...table3.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim())
      const row = [...table3.querySelectorAll('tbody tr')].find((tr) =>
        tr.querySelector('th')?.textContent?.trim().startsWith(rowLabel),
      )
      if (!row) return false
      // The cells follow the row header: column i of the header is cell i - 1.
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim())
      const at = (column: string) => cells[headers.indexOf(column) - 1]
      return at('自然人') === String(expected) && at('总计') === String(expected)
    },
    { rowLabel, expected },
    { timeout: 90_000 },
  )

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  await seedWorkingCalendar(payload, () => {})
  const name = unique('e2e年报局')
  institution = { id: (await createInstitution(payload, { name })).id, name }
  office = await createUser(payload, { roles: ['disclosure-office'] })
  // The department's reviewer, so 科室审核 is staffed (a stranded stage would offer the office a takeover).
  await createUser(payload, { roles: ['reviewer'], institutions: [institution.id] })
  await register(`${YEAR}-03-04T02:00:00.000Z`)
  await register(`${YEAR}-06-10T02:00:00.000Z`)
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the disclosure office’s annual report in the admin', () => {
  it(
    'should start a report from the navigation, show tables 二 and 三 in Chinese, recompute them, and submit the report for review',
    { timeout: 900_000 },
    async () => {
      await browser.signInWithToken(server.url, office.token)
      await page.goto(`${server.url}/admin`)
      await page.waitForLoadState('networkidle', { timeout: 90_000 })

      // 年度报告 in the navigation, in Chinese (the drawer may be closed: follow its link).
      const link = page.locator(`#nav-${SLUG}`)
      await link.waitFor({ state: 'attached', timeout: 90_000 })
      expect(await link.textContent()).toContain('年度报告')
      await page.goto(`${server.url}${await link.getAttribute('href')}`)
      await page.waitForFunction(() => document.body.innerText.includes('政府信息公开年度报告'), undefined, {
        timeout: 90_000,
      })

      // A new report for the institution and the year.
      await page.goto(`${server.url}/admin/collections/${SLUG}/create`)
      await page.waitForSelector('#field-year', { timeout: 90_000 })
      await page.waitForLoadState('networkidle')
      const title = unique(`${institution.name}${YEAR}年政府信息公开工作年度报告`)
      await fillSteadily(page, '#field-title', title)
      await fillSteadily(page, '#field-year', String(YEAR))
      await pickOption(page, 'field-institution', institution.name)
      await page.click('#action-save-draft')
      await page.waitForURL(new RegExp(`/admin/collections/${SLUG}/\\d+$`), { timeout: 90_000 })
      await page.waitForLoadState('networkidle')
      const id = Number(new URL(page.url()).pathname.split('/').pop())

      // Tables 二 and 三, computed on creation, as tables in Chinese: the year's two requests, new and carried forward.
      await page.waitForSelector('.annual-report-snapshot table', { timeout: 90_000 })
      const snapshotText = await page.locator('.annual-report-snapshot').innerText()
      for (const words of [
        '表二 规章和行政规范性文件',
        '行政规范性文件',
        '表三 收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量',
        '四、结转下年度继续办理',
      ]) {
        expect(snapshotText).toContain(words)
      }
      await table3Shows('一、本年新收政府信息公开申请数量', 2)
      await table3Shows('四、结转下年度继续办理', 2)
      const created = await payload.findByID({ collection: SLUG, id, draft: true, depth: 0 })
      expect(created.year).toBe(YEAR)
      expect(created.title).toBe(title)

      // One more request of the year arrives; the office recomputes and the tables count it.
      await register(`${YEAR}-11-20T02:00:00.000Z`)
      await page.getByRole('button', { name: '重新计算表二、表三' }).click()
      await table3Shows('一、本年新收政府信息公开申请数量', 3)
      await table3Shows('四、结转下年度继续办理', 3)
      expect(await page.locator('.annual-report-snapshot [role="alert"]').count()).toBe(0)

      // The printed layout, checked before the report goes out: the PDF the portal will offer, of this draft.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click('.annual-report-downloads a:has-text("下载 PDF")'),
      ])
      const pdfText = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
      expect(pdfText).toContain(title.replace(/\s+/g, ''))
      expect(pdfText).toContain('收到和处理政府信息公开申请情况')

      // Into the review chain: the office may submit a draft (the default workflow's 草稿 stage lists it).
      await page.waitForSelector('.workflow-actions .workflow-stage-badge[data-stage="draft"]', { timeout: 90_000 })
      await page.waitForSelector('#workflow-action-submit:not([disabled])', { timeout: 60_000 })
      expect(await page.locator('#workflow-action-submit').innerText()).toContain('提交审核')
      await page.click('#workflow-action-submit')
      await page.waitForSelector('dialog.workflow-dialog[open]')
      await page.click('#workflow-confirm')
      const outcome = await Promise.race([
        page
          .waitForSelector('.workflow-actions .workflow-stage-badge[data-stage="review"]', { timeout: 90_000 })
          .then(() => 'done'),
        page.waitForSelector('.workflow-error', { timeout: 90_000 }).then((error) => error.textContent()),
      ])
      expect(outcome, 'submit was refused').toBe('done')
      const submitted = await payload.findByID({ collection: SLUG, id, draft: true, depth: 0, overrideAccess: true })
      expect(submitted.workflowStage).toBe('review')
      expect(submitted._status).toBe('draft')
      // Only the department's reviewer acts in 科室审核: the office is offered no action there.
      expect(await page.locator('.workflow-actions .workflow-stranded').count()).toBe(0)
      expect(await page.locator('.workflow-actions [id^="workflow-action-"]').count()).toBe(0)
      // The submitted report keeps the recomputed tables.
      await table3Shows('一、本年新收政府信息公开申请数量', 3)
    },
  )
})
