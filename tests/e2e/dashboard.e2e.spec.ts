import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'

import { demoPassword, demoUsers } from '../../seed/data/users'
import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { fillSteadily } from '../helpers/adminForm'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, ensureCategory, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The disclosure office's dashboard in the Chinese admin, against `next start`: the office signs in with the demo
 * account, finds the dashboard in the navigation, reads the server-drawn SVG charts and the late-publisher list (an
 * institution's 20 most recent late items and their total), and downloads the notice, which lists every one.
 */

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let downloadsDir: string
let institutionName: string
let institutionId: number
let lateTitle: string
/** More late items of the same institution than the dashboard lists (20): published after lateTitle. */
const LATER_LATE_ITEMS = 22

const office = demoUsers.find((user) => user.role === 'disclosure-office')!
const { password } = demoPassword()

/** The seed's office account, as the seed makes it (the test database is not seeded). */
const ensureOfficeAccount = async () => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: office.email } }, depth: 0 })
  if (docs[0]) {
    await payload.update({ collection: 'users', id: docs[0].id, data: { password, roles: [office.role] } })
  } else {
    await payload.create({
      collection: 'users',
      data: { email: office.email, name: office.name, password, roles: [office.role], institutions: [] },
    })
  }
}

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  const institution = await createInstitution(payload)
  institutionName = institution.name
  institutionId = institution.id
  const theme = (await ensureCategory(payload, 'theme', 'e2e-theme', '综合政务')).id
  lateTitle = unique('逾期信息')
  const publishLate = (title: string) =>
    payload.create({
      collection: 'disclosure-items',
      data: {
        title,
        institution: institution.id,
        theme,
        dateMade: '2025-03-03',
        body: lexical('正文'),
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      context: systemPublishContext(),
      depth: 0,
    })
  await publishLate(lateTitle)
  for (let n = 1; n <= LATER_LATE_ITEMS; n++) await publishLate(unique(`后续逾期信息${n}`))
  await ensureOfficeAccount()
  downloadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongkai-dashboard-e2e-'))
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (downloadsDir) await fs.rm(downloadsDir, { recursive: true, force: true })
})

describe('the disclosure office’s dashboard', () => {
  it(
    'should show the office its charts and late publishers in Chinese, and download the notice',
    { timeout: 600_000 },
    async () => {
      await page.goto(`${server.url}/admin/login`)
      await page.waitForLoadState('networkidle', { timeout: 90_000 })
      await fillSteadily(page, '#field-email', office.email)
      await fillSteadily(page, '#field-password', password)
      await Promise.all([
        page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 90_000 }),
        page.click('button[type="submit"]'),
      ])

      // The navigation offers the dashboard to the office, in Chinese (the drawer may be closed: follow its link).
      const link = page.locator('#nav-timeliness')
      await link.waitFor({ state: 'attached', timeout: 90_000 })
      expect(await link.textContent()).toBe('公开时效')
      await page.goto(`${server.url}${await link.getAttribute('href')}`)
      await page.waitForSelector('.timeliness-dashboard', { timeout: 90_000 })
      expect(await page.locator('h1').first().textContent()).toContain('公开时效')

      // The charts are SVG drawn on the server, each named for screen readers.
      for (const chart of ['published-by-month', 'on-time-share', 'requests-by-outcome', 'requests-by-days-left']) {
        const svg = page.locator(`svg[data-chart="${chart}"]`)
        expect(await svg.getAttribute('role')).toBe('img')
        expect(await svg.locator('title').first().textContent()).toMatch(/[\u4e00-\u9fff]/)
      }
      expect(await page.locator('svg[data-chart="published-by-month"] rect').count()).toBeGreaterThan(0)
      expect(await page.locator('svg[data-chart="on-time-share"] title').first().textContent()).toBe(
        '20 个工作日内公开的比例',
      )

      // The institution's 20 most recently published late items, and how many there are in all; the first one
      // published is not among them, and the notice below lists it.
      const list = page.locator('.timeliness-late-list')
      expect(await list.textContent()).toContain(institutionName)
      const ours = list.locator(`[data-institution="${institutionId}"]`)
      expect(await ours.locator('.timeliness-late-item').count()).toBe(20)
      expect(await ours.locator('.timeliness-late-item', { hasText: lateTitle }).count()).toBe(0)
      expect(await ours.locator('.timeliness-late-more').textContent()).toBe(
        `以上为最近发布的 20 条，共 ${LATER_LATE_ITEMS + 1} 条；完整清单见下载的通报。`,
      )

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click('a.timeliness-download[data-format="pdf"]'),
      ])
      const file = path.join(downloadsDir, 'notice.pdf')
      await download.saveAs(file)
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
      expect(text).toContain('政府信息公开时效情况通报')
      expect(text).toContain(institutionName)
      expect(text).toContain(lateTitle)
    },
  )
})
