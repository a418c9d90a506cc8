import type { BrowserContext } from 'playwright-core'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

/** Debian's chromium, not a downloaded one; flags that keep it quiet and offline in CI containers. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type TestBrowser = {
  context: BrowserContext
  /** Signs the browser in as whoever the token belongs to (a `payload.login` token), replacing any session. */
  signInWithToken: (baseUrl: string, token: string) => Promise<void>
  close: () => Promise<void>
}

/** A headless chromium with a fresh profile in a temporary directory, removed on close. */
export const launchBrowser = async ({ locale = 'zh-CN' }: { locale?: string } = {}): Promise<TestBrowser> => {
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongkai-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width: 1280, height: 900 },
  })
  context.setDefaultTimeout(30_000)
  return {
    context,
    signInWithToken: async (baseUrl, token) => {
      await context.clearCookies()
      await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
    },
    close: async () => {
      await context.close()
      await fs.rm(userDataDir, { recursive: true, force: true })
    },
  }
}
