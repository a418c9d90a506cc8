import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import axe from 'axe-core'
import fs from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chineseNumeral } from '../../plugins/disclosure-requests/publicForm/challenge'
import { type AppServer, ensureBuild, startAppServer } from '../helpers/appServer'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser'
import { pdf } from '../helpers/files'
import { createInstitution, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The request form and the tracking page in a browser with JavaScript switched off: plain HTML forms all the
 * way, from the form to the tracking code, to the status, to the reply document.
 */

let payload: Payload
let server: AppServer
let browser: Browser
let institution: { id: number; name: string }

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureBuild()
  server = await startAppServer({ env: { TRUSTED_PROXY_HOPS: '1' } })
  institution = await createInstitution(payload, { name: unique('浏览器申请受理局') })
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

let clients = 0
/** A context of its own address (the server trusts one proxy hop), so no other test's limits reach it. */
const newContext = (options: { javaScriptEnabled: boolean }): Promise<BrowserContext> => {
  clients += 1
  return browser.newContext({
    ...options,
    locale: 'zh-CN',
    extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${clients}` },
  })
}

const numbers = new Map(Array.from({ length: 100 }, (_, n) => [chineseNumeral(n), n]))

const answerChallenge = async (page: Page) => {
  const label = (await page.locator('label[for="request-challengeAnswer"]').textContent()) ?? ''
  const [, a, op, b] = /请计算：(.+?)(加|减)(.+?)等于几？/.exec(label)!
  const answer = op === '加' ? numbers.get(a!)! + numbers.get(b!)! : numbers.get(a!)! - numbers.get(b!)!
  await page.getByLabel(/请计算/).fill(String(answer))
}

const fillForm = async (page: Page, { name, idNumber }: { name: string; idNumber: string }) => {
  await page.getByLabel('法人或其他组织 — 科研机构').check()
  await page.getByLabel('姓名或名称').fill(name)
  await page.getByLabel('身份证件号码或统一社会信用代码').fill(idNumber)
  await page.getByLabel('联系电话').fill('0470-1234567')
  await page.getByLabel('受理机关').selectOption(String(institution.id))
  await page.getByLabel('所需政府信息').fill('2025年度某专项资金的分配结果')
  await page.getByLabel('网上查询下载').check()
  await answerChallenge(page)
}

describe('the request form without JavaScript', () => {
  it(
    'should show errors linked to their fields, then register the request and track it to its reply',
    { timeout: 180_000 },
    async () => {
      const context = await newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${server.url}/`)
      await page.getByRole('contentinfo').getByRole('link', { name: '依申请公开' }).click()
      await page.waitForURL(/\/request$/)
      expect(await page.locator('h1').textContent()).toBe('依申请公开申请')

      // A credit code the browser cannot check: the server answers 400, with the summary and the values kept.
      const name = unique('某研究所')
      await fillForm(page, { name, idNumber: 'ABC123' })
      const [refused] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/request/submit')),
        page.getByRole('button', { name: '提交申请' }).click(),
      ])
      expect(refused.status()).toBe(400)
      const summary = page.locator('#error-summary')
      expect(await summary.textContent()).toContain('统一社会信用代码应为 18 位数字或大写字母')
      expect(await page.title()).toContain('提交未成功')
      const idField = page.getByLabel('身份证件号码或统一社会信用代码')
      expect(await idField.getAttribute('aria-invalid')).toBe('true')
      expect(await idField.getAttribute('aria-describedby')).toContain('request-applicantIdNumber-error')
      expect(await page.getByLabel('姓名或名称').inputValue()).toBe(name)
      await summary.getByRole('link', { name: /身份证件号码或统一社会信用代码/ }).click()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('request-applicantIdNumber')

      // Corrected (and the new challenge answered): registered, with the tracking code shown.
      await fillForm(page, { name, idNumber: '12150000460000012L' })
      const [accepted] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/request/submit')),
        page.getByRole('button', { name: '提交申请' }).click(),
      ])
      expect(accepted.status()).toBe(201)
      const code = (await page.locator('.tracking-code').textContent()) ?? ''
      expect(code).toMatch(/^[0-9A-Z]{12}$/)
      const { docs } = await payload.find({
        collection: 'disclosure-requests',
        where: { trackingCode: { equals: code } },
        depth: 0,
      })
      expect(docs[0]).toMatchObject({ applicantName: name, applicantType: 'researchInstitution', channel: 'online' })

      // The office replies with a document; the applicant tracks the request and downloads it.
      const reply = pdf(1000)
      const file = await payload.create({
        collection: 'media',
        data: { title: '政府信息公开申请答复书' },
        file: { data: reply, mimetype: 'application/pdf', name: `${unique('reply')}.pdf`, size: reply.length },
      })
      await payload.update({
        collection: 'disclosure-requests',
        id: docs[0]!.id,
        data: {
          steps: [{ kind: 'reply', date: new Date().toISOString(), outcome: 'disclosed', documents: [file.id] }],
        },
        depth: 0,
      })
      await page.getByRole('link', { name: '查询办理进度' }).click()
      await page.waitForURL(/\/request\/track$/)
      await page.getByLabel('查询码').fill(code.toLowerCase())
      await page.getByLabel('联系电话后 4 位').fill('4567')
      await page.getByRole('button', { name: '查询' }).click()
      await page.waitForURL(/\/request\/track\/lookup$/)
      const details = await page.locator('main').textContent()
      expect(details).toContain('已答复')
      expect(details).toContain('予以公开')
      expect(details).toContain(institution.name)
      expect(details).not.toContain(name)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载：政府信息公开申请答复书' }).click(),
      ])
      expect(await fs.readFile((await download.path())!)).toEqual(reply)
      await context.close()
    },
  )

  it(
    'should find no serious accessibility violations on the form with its errors shown',
    { timeout: 60_000 },
    async () => {
      const context = await newContext({ javaScriptEnabled: true })
      const page = await context.newPage()
      await page.goto(`${server.url}/request`)
      await page.waitForLoadState('networkidle')
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
      const violations = async () => {
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
      expect(await violations()).toEqual([])
      await page.getByLabel('姓名或名称').fill('某人')
      await page.getByLabel(/请计算/).fill('999')
      // The browser's own checks stand aside, so the server's errors show.
      await page.locator('form.request-form').evaluate((form) => form.setAttribute('novalidate', ''))
      await Promise.all([page.waitForURL(/\/request\/submit$/), page.getByRole('button', { name: '提交申请' }).click()])
      expect(await page.locator('#error-summary').textContent()).toContain('验证题答案不正确')
      expect(await violations()).toEqual([])
      await context.close()
    },
  )
})
