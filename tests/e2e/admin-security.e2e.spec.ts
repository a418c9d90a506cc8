import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'

import { fillSteadily } from '../helpers/adminForm'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, TEST_PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The account rules and the editor's link check as a person meets them in the Chinese admin, against
 * `next start` (so under the production security headers): a locked account is told why, a common password
 * is refused on the account page, and a `data:` link is refused in the rich-text link drawer. Each in
 * Chinese only.
 */

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  server = await startAppServer()
}, 1_200_000)

// A browser of its own for each test: what one person's session leaves in the profile is not the next one's.
beforeEach(async () => {
  await browser?.close()
  browser = await launchBrowser()
  page = await browser.context.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The page's text once it says something matching `pattern` (a toast, a field's error), or '' after 60 s. */
const textMatching = (pattern: RegExp) =>
  page
    .waitForFunction(
      (source) => (new RegExp(source).test(document.body.innerText) ? document.body.innerText : false),
      pattern.source,
      { timeout: 60_000, polling: 100 },
    )
    .then((handle) => handle.jsonValue() as Promise<string>)
    .catch(() => '')

/**
 * Fills a field and makes sure the value stays: a form whose state arrives from the server after the field
 * renders (the account form, the link drawer) resets a value typed in before it, on a busy machine.
 */

describe('accounts in the Chinese admin', () => {
  it('should refuse a common password on the account page, saying why in Chinese', { timeout: 300_000 }, async () => {
    const user = await createUser(payload, { roles: ['editor'], institutions: [(await createInstitution(payload)).id] })
    await browser.signInWithToken(server.url, user.token)
    await page.goto(`${server.url}/admin/account`)
    // Hydrated first: a click before React takes over the form would submit it natively, as a reload.
    await page.waitForLoadState('networkidle', { timeout: 90_000 })
    await page.getByRole('button', { name: '更改密码' }).click({ timeout: 90_000 })
    // The account as its owner first finds it: the name (required) still to fill in.
    await fillSteadily(page, '#field-name', '张伟')
    await fillSteadily(page, '#field-password', 'password1234')
    await fillSteadily(page, '#field-confirm-password', 'password1234')
    await page.click('#action-save')
    const message = await textMatching(/密码过于常见/)

    // The toast names the field and says why (the change-password fields close after a refused save).
    expect(message).toContain('下面的字段是无效的：密码（密码过于常见或有规律')
    expect(message).not.toMatch(/too common/)
    // Nothing changed: the old password still signs in.
    const login = await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })
    expect(login.token).toBeTruthy()
  })

  it('should tell a locked-out person why, in Chinese, and keep them out', { timeout: 300_000 }, async () => {
    const user = await createUser(payload, { roles: ['disclosure-office'] })
    await browser.context.clearCookies()
    await page.goto(`${server.url}/admin/login`)
    await page.waitForSelector('#field-email', { timeout: 90_000 })
    /** Submits the form and answers the sign-in's HTTP status once the page has shown its answer. */
    const signIn = async (password: string) => {
      await page.fill('#field-email', user.email)
      await page.fill('#field-password', password)
      const [response] = await Promise.all([
        page.waitForResponse((answer) => answer.url().endsWith('/api/users/login')),
        page.click('button[type="submit"]'),
      ])
      return response.status()
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signIn('not-the-password-at-all')).toBe(401)
      expect(await textMatching(/电子邮件或密码不正确/)).not.toBe('')
    }
    expect(await signIn(TEST_PASSWORD)).toBe(401)
    const message = await textMatching(/账号已被锁定/)
    expect(message).toContain('账号已被锁定：连续 5 次登录失败')
    expect(message).toContain('请管理员解锁')
    expect(message).not.toMatch(/account is locked/i)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })
})

describe('links in the rich-text editor', () => {
  it(
    'should refuse a data: link in the link drawer, in Chinese, and save no such link',
    { timeout: 300_000 },
    async () => {
      const institution = (await createInstitution(payload)).id
      const editor = await createUser(payload, { roles: ['editor'], institutions: [institution] })
      await browser.signInWithToken(server.url, editor.token)
      await page.goto(`${server.url}/admin/collections/disclosure-items/create`)
      await page.waitForLoadState('networkidle', { timeout: 90_000 })
      const body = page.locator('[data-lexical-editor="true"]').first()
      await body.waitFor({ timeout: 90_000 })
      await body.click()
      const words = unique('链接文字')
      await page.keyboard.type(words)
      await page.keyboard.press('Shift+Home')
      await page.locator('.inline-toolbar-popup button.toolbar-popup__button-link').click({ timeout: 30_000 })
      await fillSteadily(page, '#field-url', 'data:text/html,<script>alert(1)</script>')
      await page.getByRole('button', { name: '保存更改' }).click()
      const text = await textMatching(/只能链接到/)
      expect(text).toContain('只能链接到 http(s)、mailto、tel 或本站地址')
      expect(text).not.toContain('only http(s)')
      expect(await page.locator('[data-lexical-editor="true"] a[href^="data:"]').count()).toBe(0)
    },
  )
})
