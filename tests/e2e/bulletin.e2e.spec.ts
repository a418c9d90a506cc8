import type { Payload } from 'payload'
import type { Page, Request } from 'playwright-core'

import JSZip from 'jszip'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The bulletin editor's job in the real admin (zh), in a real browser against `next start`: an issue is
 * created, filled from the entry picker and from 自上期以来, saved and submitted; the signer signs it
 * off; the PDF and DOCX are downloaded through the issue's links and read back. The published documents
 * the issue places are made through the Local API.
 */

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let people: Record<'bulletinEditor' | 'signer', SignedInUser>
let items: Array<{ id: number; title: string }>
let downloadsDir: string

const issueUrl = (id: number | string) => `${server.url}/admin/collections/bulletin-issues/${id}`

/** A published, proactive item made after every issue the other suites publish (dated 2026-03-05). */
const publishItem = async (institution: number, theme: number, title: string, dateMade: string) => {
  const item = await payload.create({
    collection: 'disclosure-items',
    data: {
      title,
      institution,
      dateMade,
      theme,
      body: lexical(`${title}的正文。`),
      disclosureMethod: 'proactive' as const,
      _status: 'published' as const,
    },
    context: systemPublishContext(),
    depth: 0,
  })
  return { id: item.id, title }
}

const stageShown = (stage: string) =>
  page.waitForSelector(`.workflow-actions .workflow-stage-badge[data-stage="${stage}"]`, { timeout: 90_000 })

/** Confirms a workflow action in its dialog and waits for the stage it leads to. */
const act = async (action: string, nextStage: string) => {
  await page.click(`#workflow-action-${action}`)
  await page.waitForSelector('dialog.workflow-dialog[open]')
  await page.click('#workflow-confirm')
  const outcome = await Promise.race([
    stageShown(nextStage).then(() => 'done'),
    page.waitForSelector('.workflow-error', { timeout: 90_000 }).then((error) => error.textContent()),
  ])
  expect(outcome, `${action} was refused`).toBe('done')
}

/** Clicks a download link of the issue tools and answers the file's bytes. */
const downloadThrough = async (selector: string) => {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(selector)])
  const file = path.join(downloadsDir, download.suggestedFilename())
  await download.saveAs(file)
  return fs.readFile(file)
}

const readIssue = (id: number) =>
  payload.findByID({ collection: 'bulletin-issues', id, draft: true, depth: 0, overrideAccess: true })

const placedIds = (issue: Awaited<ReturnType<typeof readIssue>>, heading: string) =>
  (issue.sections ?? [])
    .find((section) => section.heading === heading)
    ?.entries?.map((entry) => (entry.document as { value: number }).value) ?? []

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  const institution = (await createInstitution(payload)).id
  const theme = (await ensureCategory(payload, 'theme', 'e2e-bulletin-theme', '综合政务')).id
  items = [
    await publishItem(institution, theme, unique('e2e 关于印发春季防火工作方案的通知'), '2026-11-20'),
    await publishItem(institution, theme, unique('e2e 关于公布行政许可事项清单的通知'), '2026-11-21'),
    await publishItem(institution, theme, unique('e2e 关于调整公交线路的通告'), '2026-11-22'),
  ]
  people = {
    bulletinEditor: await createUser(payload, { roles: ['bulletin-editor'] }),
    signer: await createUser(payload, { roles: ['signer'], institutions: [institution] }),
  }
  downloadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongkai-bulletin-e2e-'))
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (downloadsDir) await fs.rm(downloadsDir, { recursive: true, force: true })
})

describe('bulletin composition in the admin', () => {
  it(
    'should let the bulletin editor assemble and submit an issue, the signer sign it off, and the PDF and DOCX download with contents and page numbers',
    { timeout: 900_000 },
    async () => {
      const [picked, suggested, removed] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]]
      const issueNumber = 1 + Math.floor(Math.random() * 900_000)

      // The editor creates the issue; a new issue starts with the national columns.
      await browser.signInWithToken(server.url, people.bulletinEditor.token)
      await page.goto(`${server.url}/admin/collections/bulletin-issues/create`)
      await page.waitForSelector('#field-year', { timeout: 90_000 })
      await page.fill('#field-year', '2026')
      await page.fill('#field-issueNumber', String(issueNumber))
      await page.fill('#field-cumulativeNumber', String(issueNumber + 1_000_000))
      await page.fill('#field-publicationDate input', '2026-12-01')
      await page.keyboard.press('Escape')
      await page.click('#action-save-draft')
      await page.waitForURL(/\/bulletin-issues\/\d+$/, { timeout: 90_000 })
      const id = Number(/\/(\d+)$/.exec(page.url())![1])

      // 添加 篇目 in 政府文件, and the document chosen in the picker.
      await page.locator('#field-sections__1__entries').getByRole('button', { name: '添加 篇目' }).click()
      const picker = page.locator('#field-sections__1__entries__0__document')
      await picker.locator('.rs__control').click()
      await page.keyboard.type(picked.title.slice(-8))
      await page.locator('.rs__option', { hasText: picked.title }).click()

      // 自上期以来: the two others placed into 部门文件 from the paged panel, one click each.
      await page.click('#bulletin-suggestions')
      await page.waitForSelector('.bulletin-suggestions__table', { timeout: 60_000 })
      expect(await page.locator('.bulletin-suggestions__table tbody tr').count()).toBeLessThanOrEqual(10)
      await page.selectOption('#bulletin-suggestions-section', { label: '部门文件' })
      for (const item of [suggested, removed]) {
        const row = page.locator(`.bulletin-suggestions__table tr[data-key="disclosure-items:${item.id}"]`)
        while ((await row.count()) === 0) await page.getByRole('button', { name: '下一页' }).click()
        await row.locator('.bulletin-suggestions__place').click()
        await row.locator('.bulletin-suggestions__placed').waitFor()
      }
      await page.keyboard.press('Escape')

      // Through the rows' menus: the second moved up, then removed again.
      const rowMenu = async (index: number, action: 'move-up' | 'remove') => {
        await page
          .locator('#field-sections__3__entries .array-field__draggable-rows > *')
          .nth(index)
          .locator('.array-actions__button')
          .click()
        await page.locator(`.array-actions__${action}:visible`).click()
      }
      await rowMenu(1, 'move-up')
      await expect
        .poll(() => page.locator('#field-sections__3__entries__0__document').textContent())
        .toContain(removed.title)
      // Rows read as what they hold, collapsed or not: an entry its place and title, a section its heading.
      await expect
        .poll(() => page.locator('#field-sections__3__entries .bulletin-row-label').first().textContent())
        .toBe(`01 · ${removed.title}`)
      expect(await page.locator('.bulletin-row-label', { hasText: /^部门文件$/ }).count()).toBe(1)
      await rowMenu(0, 'remove')
      await page.click('#action-save-draft')
      await page.waitForSelector('#workflow-action-submit:not([disabled])', { timeout: 60_000 })
      const saved = await readIssue(id)
      expect(placedIds(saved, '政府文件')).toEqual([picked.id])
      expect(placedIds(saved, '部门文件')).toEqual([suggested.id])

      // Left open and idle, the issue page asks for the export status once, not in a loop.
      const exportRequests: string[] = []
      const countExports = (request: Request) => {
        if (request.url().includes('/api/bulletin-exports')) exportRequests.push(request.url())
      }
      page.on('request', countExports)
      await page.reload()
      await page.waitForSelector('.bulletin-tools', { timeout: 90_000 })
      await page.waitForTimeout(10_000)
      page.off('request', countExports)
      expect(exportRequests.length).toBeLessThanOrEqual(3)

      await act('submit', 'signoff')

      // An export started from the issue shows its status until done; then the page asks no more.
      await page.click('#bulletin-export-docx')
      await page.waitForSelector('.bulletin-tools__export[data-format="docx"][data-status="done"]', {
        timeout: 120_000,
      })
      const afterExport = exportRequests.length
      page.on('request', countExports)
      await page.waitForTimeout(5_000)
      page.off('request', countExports)
      expect(exportRequests.length).toBe(afterExport)

      // The signer signs it off: published and frozen.
      await browser.signInWithToken(server.url, people.signer.token)
      await page.goto(issueUrl(id))
      await stageShown('signoff')
      await act('approve', 'published')
      const published = await payload.findByID({ collection: 'bulletin-issues', id, depth: 0, overrideAccess: true })
      expect(published._status).toBe('published')
      expect(published.frozenAt).toBeTruthy()

      // The PDF through the issue's link: the contents list both titles, with leader dots to a page number.
      const pdf = await downloadThrough('.bulletin-tools__pdf')
      const pdfFile = path.join(downloadsDir, 'issue.pdf')
      await fs.writeFile(pdfFile, pdf)
      const contents = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdfFile, '-'], { encoding: 'utf8' })
      for (const item of [picked, suggested])
        expect(contents).toMatch(new RegExp(`${item.title.slice(-8)}\\s*\\.{4,}\\s*\\d+`))
      expect(contents).not.toContain(removed.title)

      // The DOCX through its link: a TOC field, PAGE fields in the footer and a running head.
      const docx = await JSZip.loadAsync(await downloadThrough('.bulletin-tools__docx'))
      const document = await docx.file('word/document.xml')!.async('string')
      expect(document).toMatch(/<w:instrText[^>]*>\s*TOC \\/)
      expect(document).toContain(picked.title)
      const partsOf = (kind: 'header' | 'footer') =>
        Promise.all(
          Object.keys(docx.files)
            .filter((name) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name))
            .map((name) => docx.file(name)!.async('string')),
        )
      expect((await partsOf('header')).some((xml) => xml.includes('扎兰资讯'))).toBe(true)
      expect((await partsOf('footer')).some((xml) => /<w:instrText[^>]*>\s*PAGE\b/.test(xml))).toBe(true)
    },
  )
})
