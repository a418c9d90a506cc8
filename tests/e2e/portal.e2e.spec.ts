import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import axe from 'axe-core'
import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { type AppServer, ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser, type TestBrowser } from '../helpers/browser'
import { createInstitution, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { publisher } from '../int/portal-site/publish'

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page

const attachmentText =
  '%PDF-1.4\n% gongkai portal e2e\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n0\n%%EOF\n'
const fixture = {
  institutionName: '',
  itemTitle: '',
  indexNumber: '',
  attachmentName: '',
  searchWord: '',
  institutionId: 0,
}

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
  await browser?.close()
  await server?.stop()
})

/** Serious and critical WCAG 2.1 A/AA violations axe finds on the current page. */
const seriousViolations = async () => {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe('portal in a browser', () => {
  it(
    'should go from home to the catalogue, to an item, and download its attachment',
    { timeout: 120_000 },
    async () => {
      await page.goto(`${server.url}/`)
      await page.getByRole('navigation', { name: '栏目入口' }).getByRole('link', { name: '公开目录' }).click()
      await page.waitForURL(/\/catalogue$/)
      await page
        .getByRole('link', { name: new RegExp(fixture.institutionName) })
        .first()
        .click()
      await page.waitForURL(new RegExp(`institution=${fixture.institutionId}`))
      await page.getByRole('link', { name: fixture.itemTitle }).click()
      await expect.poll(() => page.locator('h1').textContent()).toBe(fixture.itemTitle)
      expect(await page.locator('table.metadata').textContent()).toContain(fixture.indexNumber)

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: '实施方案（全文）' }).click(),
      ])
      expect(download.suggestedFilename()).toBe(fixture.attachmentName)
      expect(await fs.readFile((await download.path())!, 'utf8')).toBe(attachmentText)
    },
  )

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
        return {
          text: element.textContent?.trim(),
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          isVisible: box.width > 0 && box.height > 0,
        }
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

  it(
    'should have no serious or critical axe violations on the main pages, in both display modes',
    { timeout: 180_000 },
    async () => {
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
        '/sitemap',
        '/request',
        '/request/track',
      ]
      for (const mode of ['normal', 'high']) {
        await page.goto(`${server.url}/display?contrast=${mode}&text=${mode === 'high' ? 'large' : 'normal'}`)
        for (const path of paths) {
          await page.goto(`${server.url}${path}`)
          expect(await seriousViolations(), `${path} (${mode})`).toEqual([])
        }
      }
      await page.goto(`${server.url}/display?contrast=normal&text=normal`)
    },
  )
})

const itemPath = (indexNumber: string) => `/catalogue/${indexNumber.split('/').map(encodeURIComponent).join('/')}`

describe('portal as an official site', () => {
  const site = { governmentName: '', organiser: '', policyPath: '', servicePath: '', itemPath: '' }

  beforeAll(async () => {
    const publish = publisher(payload)
    const policy = await publish.publishPolicy({ issuer: fixture.institutionId })
    const service = await payload.create({
      collection: 'approval-services',
      data: {
        name: unique('个体工商户设立登记'),
        serviceType: 'licensing',
        institution: fixture.institutionId,
        legalBasis: '《促进个体工商户发展条例》第八条',
        conditions: lexical('申请人具有经营能力。'),
        materials: [{ name: '个体工商户登记申请书', form: ['original', 'copy'], count: 1 }],
        disclosureMethod: 'proactive',
        _status: 'published',
      },
      depth: 0,
      context: systemPublishContext(),
    })
    Object.assign(site, {
      policyPath: itemPath(policy.indexNumber!),
      servicePath: itemPath(service.indexNumber!),
      itemPath: itemPath(fixture.indexNumber),
    })
  }, 120_000)

  /** What the page's frame shows, read in the browser. */
  const frame = () =>
    page.evaluate(() => ({
      header: document.querySelector('header.site-header')?.textContent ?? '',
      footer: document.querySelector('footer.site-footer')?.textContent ?? '',
      emblem: (document.querySelector('header.site-header img.emblem') as HTMLImageElement | null)?.naturalWidth ?? 0,
      links: [...document.querySelectorAll('footer.site-footer a')].map((a) => (a as HTMLAnchorElement).href),
    }))

  it(
    'should show the site settings in every page’s header and footer, and a change on every page, cached ones too',
    { timeout: 120_000 },
    async () => {
      // Cached before the change: the item page is cached whole, so only the `site` tag can bring the new footer.
      await page.goto(`${server.url}${site.itemPath}`)
      const emblemData = Buffer.from(
        await (
          await import('sharp')
        )
          .default({ create: { width: 64, height: 64, channels: 4, background: '#b71c1c' } })
          .png()
          .toBuffer(),
      )
      const emblem = await payload.create({
        collection: 'media',
        data: { alt: '测试政府徽标' },
        file: { data: emblemData, mimetype: 'image/png', name: `${unique('emblem')}.png`, size: emblemData.length },
        depth: 0,
      })
      Object.assign(site, { governmentName: unique('测试市人民政府'), organiser: unique('测试市人民政府办公室') })
      await payload.updateGlobal({
        slug: 'site-settings',
        data: {
          governmentName: site.governmentName,
          emblem: emblem.id,
          organiser: site.organiser,
          operator: '测试市政务公开科',
          websiteCode: '1507830001',
          icpNumber: '蒙ICP备05000001号',
          publicSecurityNumber: '蒙公网安备 15078302000001号',
          contact: {
            address: '测试市中央路24号',
            phone: '0470-3202011',
            email: 'zwgk@test.example.gov.cn',
            postcode: '162650',
          },
        },
        depth: 0,
      })
      await waitUntil(async () =>
        (await (await fetch(`${server.url}${site.itemPath}`)).text()).includes(site.governmentName),
      )
      for (const path of ['/', '/catalogue', site.itemPath, site.policyPath, '/search', '/sitemap']) {
        await page.goto(`${server.url}${path}`)
        const shown = await frame()
        expect(shown.header, path).toContain(site.governmentName)
        expect(shown.emblem, `${path}: emblem loaded`).toBeGreaterThan(0)
        for (const text of [
          `主办单位：${site.organiser}`,
          '承办单位：测试市政务公开科',
          '网站标识码：1507830001',
          '蒙ICP备05000001号',
          '蒙公网安备 15078302000001号',
          '0470-3202011',
          '162650',
        ]) {
          expect(shown.footer, path).toContain(text)
        }
        expect(shown.links).toEqual(
          expect.arrayContaining([
            'https://beian.miit.gov.cn/',
            'https://beian.mps.gov.cn/#/query/webSearch?code=15078302000001',
          ]),
        )
      }
    },
  )

  it(
    'should show breadcrumbs on every kind of page, the current page last and marked',
    { timeout: 120_000 },
    async () => {
      const official = await payload.create({
        collection: 'officials',
        data: { name: unique('张'), institution: fixture.institutionId, post: '局长', _status: 'published' },
        depth: 0,
        context: systemPublishContext(),
      })
      const pages: Array<[string, string[]]> = [
        ['/', ['首页']],
        ['/catalogue', ['首页', '公开目录']],
        [site.itemPath, ['首页', '公开目录', fixture.itemTitle]],
        [site.policyPath, ['首页', '政策文件']],
        [site.servicePath, ['首页', '办事服务']],
        ['/policies', ['首页', '政策文件']],
        ['/services', ['首页', '办事服务']],
        ['/institutions', ['首页', '机构职能']],
        [`/institutions/${fixture.institutionId}`, ['首页', '机构职能', fixture.institutionName]],
        [`/officials/${official.id}`, ['首页', '机构职能', fixture.institutionName, official.name]],
        ['/guide', ['首页', '公开指南']],
        [`/guide/${fixture.institutionId}`, ['首页', '公开指南', fixture.institutionName]],
        ['/bulletin', ['首页', '政府公报']],
        ['/search', ['首页', '搜索']],
        ['/sitemap', ['首页', '网站地图']],
        ['/catalogue/no-such-number', ['首页', '未找到']],
      ]
      for (const [path, expected] of pages) {
        await page.goto(`${server.url}${path}`)
        // A page that calls notFound() after Next has begun streaming gets its not-found view in a later chunk: wait
        // for the trail rather than read a page still arriving (the assertions below fail if it never comes).
        await page.waitForSelector('nav[aria-label="当前位置"] > ol > li', { timeout: 15_000 }).catch(() => undefined)
        const crumbs = await page.evaluate(() => {
          const nav = document.querySelector('nav[aria-label="当前位置"]')
          const items = [...(nav?.querySelectorAll(':scope > ol > li') ?? [])]
          return {
            labels: items.map((item) => item.textContent?.trim() ?? ''),
            current: items.map((item) => item.getAttribute('aria-current')),
            links: items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null),
          }
        })
        expect(crumbs.labels.slice(0, expected.length), path).toEqual(expected)
        expect(crumbs.current.at(-1), path).toBe('page')
        expect(
          crumbs.current.slice(0, -1).every((value) => value === null),
          path,
        ).toBe(true)
        expect(crumbs.links.at(-1), `${path}: the current page is no link`).toBeNull()
        if (path !== '/') expect(crumbs.links[0], path).toBe('/')
      }
    },
  )

  it(
    'should open an HTML 网站地图 from the footer, keep sitemap.xml for crawlers, and serve the favicon',
    { timeout: 60_000 },
    async () => {
      await page.goto(`${server.url}/`)
      await page.getByRole('contentinfo').getByRole('link', { name: '网站地图' }).click()
      await page.waitForURL(/\/sitemap$/)
      expect(await page.locator('h1').textContent()).toBe('网站地图')
      for (const name of ['公开指南', '公开目录', '政策文件', '机构职能', '办事服务', '政府公报']) {
        expect(await page.getByRole('main').getByRole('link', { name, exact: true }).count(), name).toBeGreaterThan(0)
      }
      expect(await page.getByRole('main').getByRole('link', { name: fixture.institutionName }).count()).toBeGreaterThan(
        0,
      )
      const xml = await fetch(`${server.url}/sitemap.xml`)
      expect(xml.status).toBe(200)
      expect(xml.headers.get('content-type')).toMatch(/xml/)
      await xml.body?.cancel()
      const favicon = await fetch(`${server.url}/favicon.ico`)
      expect(favicon.status).toBe(200)
      expect(favicon.headers.get('content-type')).toMatch(/icon/)
      expect(Buffer.from(await favicon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
    },
  )

  it(
    'should offer a print button on item pages, and print only the entry with its metadata',
    { timeout: 60_000 },
    async () => {
      for (const path of [site.itemPath, site.policyPath, site.servicePath]) {
        await page.goto(`${server.url}${path}`)
        await page.getByRole('button', { name: '打印本页' }).waitFor({ state: 'visible' })
      }
      await page.goto(`${server.url}${site.itemPath}`)
      await page.emulateMedia({ media: 'print' })
      try {
        const printed = await page.evaluate(() => {
          const isShown = (selector: string) => {
            const element = document.querySelector(selector)
            return Boolean(element && getComputedStyle(element).display !== 'none')
          }
          return {
            header: isShown('header.site-header'),
            footer: isShown('footer.site-footer'),
            breadcrumbs: isShown('nav[aria-label="当前位置"]'),
            button: isShown('.print-button'),
            metadata: isShown('table.metadata'),
          }
        })
        expect(printed).toEqual({ header: false, footer: false, breadcrumbs: false, button: false, metadata: true })
      } finally {
        await page.emulateMedia({ media: 'screen' })
      }
    },
  )

  it('should not show a print button that cannot work without JavaScript', { timeout: 60_000 }, async () => {
    // Without the page's scripts (blocked here) nothing hydrates: what a reader without JavaScript gets.
    const scriptless = await browser.context.newPage()
    try {
      await scriptless.route('**/*.js', (route) => route.abort())
      await scriptless.goto(`${server.url}${site.itemPath}`)
      expect(await scriptless.getByRole('button', { name: '打印本页' }).isVisible()).toBe(false)
      expect(await scriptless.locator('.item-tools').textContent()).toContain('Ctrl+P')
    } finally {
      await scriptless.close()
    }
  })

  it(
    'should fit a 390 px phone: no sideways scrolling, results before the filters, filters folded',
    { timeout: 180_000 },
    async () => {
      const phone = await browser.context.newPage()
      try {
        await phone.setViewportSize({ width: 390, height: 844 })
        for (const path of [
          '/',
          '/catalogue',
          site.itemPath,
          site.policyPath,
          site.servicePath,
          `/search?q=${encodeURIComponent(fixture.searchWord)}`,
          '/sitemap',
        ]) {
          await phone.goto(`${server.url}${path}`)
          const width = await phone.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            inner: window.innerWidth,
          }))
          expect(width.scroll, `${path} is ${width.scroll} px wide`).toBeLessThanOrEqual(width.inner)
        }
        await phone.goto(`${server.url}${site.itemPath}`)
        const table = await phone.locator('table.metadata').boundingBox()
        expect(table!.x + table!.width).toBeLessThanOrEqual(390)

        await phone.goto(`${server.url}/catalogue`)
        const results = await phone.locator('#results').boundingBox()
        const filters = await phone.locator('details.filters-panel').boundingBox()
        expect(results!.y).toBeLessThan(filters!.y)
        expect(await phone.getByRole('navigation', { name: '目录分类' }).isVisible()).toBe(false)
        await phone.locator('details.filters-panel > summary').click()
        await phone
          .getByRole('navigation', { name: '目录分类' })
          .getByRole('link', { name: new RegExp(fixture.institutionName) })
          .first()
          .click()
        await phone.waitForURL(new RegExp(`institution=${fixture.institutionId}`))
      } finally {
        await phone.close()
      }
    },
  )

  it(
    'should have no serious axe violations at phone width, and no [object Object] anywhere',
    { timeout: 180_000 },
    async () => {
      const paths = [
        '/',
        '/catalogue',
        site.itemPath,
        site.policyPath,
        site.servicePath,
        '/search',
        '/sitemap',
        '/institutions',
        '/guide',
        '/bulletin',
      ]
      await page.setViewportSize({ width: 390, height: 844 })
      try {
        for (const path of paths) {
          await page.goto(`${server.url}${path}`)
          expect(await seriousViolations(), `${path} (390 px)`).toEqual([])
          const leaks = await page.evaluate(() =>
            [
              document.body.innerText,
              document.title,
              ...[...document.querySelectorAll('[aria-label], [title]')].flatMap((element) => [
                element.getAttribute('aria-label') ?? '',
                element.getAttribute('title') ?? '',
              ]),
            ].filter((text) => text.includes('[object Object]')),
          )
          expect(leaks, path).toEqual([])
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 })
      }
    },
  )
})
