import type { Page } from 'playwright-core'
import type { Payload } from 'payload'

import axe from 'axe-core'
import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppServer, ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser, type TestBrowser } from '../helpers/browser'
import { createInstitution, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { publisher } from '../int/portal-site/publish'

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page

const attachmentText = '%PDF-1.4\n% gongkai portal e2e\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n0\n%%EOF\n'
const fixture = { institutionName: '', itemTitle: '', indexNumber: '', attachmentName: '', searchWord: '', institutionId: 0 }

/** Revalidation follows the publishing transaction's commit: wait for it (expect.poll is for tests only). */
const waitUntil = async (isDone: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer()
  // Test servers share .next/cache: publishing after the start, with the plugin's cross-process revalidation,
  // expires whatever an earlier server cached without these documents.
  process.env.PORTAL_REVALIDATE_URL = server.url
  const publish = publisher(payload)
  const institution = await createInstitution(payload, { name: unique('门户浏览测试局') })
  const data = Buffer.from(attachmentText)
  const attachmentName = `${unique('附件')}.pdf`
  const attachment = await payload.create({
    collection: 'media',
    data: { title: '实施方案（全文）' },
    file: { data, mimetype: 'application/pdf', name: attachmentName, size: data.length },
  })
  const searchWord = unique('老旧小区')
  const item = await publish.publishItem({
    institution: institution.id,
    title: `${searchWord} 改造实施方案`,
    attachments: [attachment.id],
    dateMade: new Date().toISOString(),
  })
  Object.assign(fixture, {
    institutionName: institution.name,
    institutionId: institution.id,
    itemTitle: item.title,
    indexNumber: item.indexNumber!,
    attachmentName,
    searchWord,
  })
  await waitUntil(async () => (await (await fetch(`${server.url}/catalogue`)).text()).includes(institution.name))
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 900_000)

afterAll(async () => {
  Reflect.deleteProperty(process.env, 'PORTAL_REVALIDATE_URL')
  await browser?.close()
  await server?.stop()
})

/** Serious and critical WCAG 2.1 A/AA violations axe finds on the current page. */
const seriousViolations = async () => {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe('portal in a browser', () => {
  it('should go from home to the catalogue, to an item, and download its attachment', { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/`)
    await page.getByRole('navigation', { name: '栏目入口' }).getByRole('link', { name: '公开目录' }).click()
    await page.waitForURL(/\/catalogue$/)
    await page.getByRole('link', { name: new RegExp(fixture.institutionName) }).first().click()
    await page.waitForURL(new RegExp(`institution=${fixture.institutionId}`))
    await page.getByRole('link', { name: fixture.itemTitle }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(fixture.itemTitle)
    expect(await page.locator('table.metadata').textContent()).toContain(fixture.indexNumber)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '实施方案（全文）' }).click()])
    expect(download.suggestedFilename()).toBe(fixture.attachmentName)
    expect(await fs.readFile((await download.path())!, 'utf8')).toBe(attachmentText)
  })

  it('should search with a filter and highlight the match', { timeout: 60_000 }, async () => {
    await page.goto(`${server.url}/search`)
    await page.getByLabel('检索词').fill(fixture.searchWord)
    await page.getByLabel('发布机构').selectOption(String(fixture.institutionId))
    await page.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/\/search\?/)
    expect(page.url()).toContain(`institution=${fixture.institutionId}`)
    const results = page.getByRole('region', { name: /共找到/ })
    expect(await results.getByRole('link', { name: fixture.itemTitle }).count()).toBe(1)
    expect(await results.locator('mark').count()).toBeGreaterThan(0)
  })

  it('should be usable with the keyboard alone, with a visible focus on every stop', { timeout: 60_000 }, async () => {
    await page.goto(`${server.url}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    await page.goto(`${server.url}/`)
    for (let stop = 0; stop < 40; stop += 1) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        const box = element.getBoundingClientRect()
        return { text: element.textContent?.trim(), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), isVisible: box.width > 0 && box.height > 0 }
      })
      expect(focus.outline, `focus ring on "${focus.text}"`).not.toBe('none')
      expect(focus.width).toBeGreaterThanOrEqual(2)
      expect(focus.isVisible).toBe(true)
      if (focus.text === '公开目录') break
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('公开目录')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/catalogue$/)
  })

  it('should have no serious or critical axe violations on the main pages, in both display modes', { timeout: 180_000 }, async () => {
    const paths = [
      '/',
      '/catalogue',
      `/catalogue?institution=${fixture.institutionId}`,
      `/catalogue/${fixture.indexNumber.split('/').map(encodeURIComponent).join('/')}`,
      '/policies',
      '/services',
      '/institutions',
      `/institutions/${fixture.institutionId}`,
      '/guide',
      `/search?q=${encodeURIComponent(fixture.searchWord)}`,
    ]
    for (const mode of ['normal', 'high']) {
      await page.goto(`${server.url}/display?contrast=${mode}&text=${mode === 'high' ? 'large' : 'normal'}`)
      for (const path of paths) {
        await page.goto(`${server.url}${path}`)
        expect(await seriousViolations(), `${path} (${mode})`).toEqual([])
      }
    }
    await page.goto(`${server.url}/display?contrast=normal&text=normal`)
  })
})
