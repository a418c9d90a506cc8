import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createDraftIssue } from '../int/bulletin/fixtures'

/**
 * The Chinese admin, page by page, as an admin and as an editor: every collection's list, create and edit
 * view, every global, the account page and 待办. On each page: no 「[object Object]」 in text, aria-label or
 * title; no English sentence outside the allow-list; left idle for 10 s, at most a handful of requests.
 */

/** Requests a page may make in 10 idle seconds (Payload refreshes its session and locks now and then). */
const IDLE_REQUESTS = 5
const IDLE_MS = 10_000
/** Pages checked side by side, so the idle seconds of several pages run at once. */
const TABS = 3

/**
 * English that may stand in the Chinese admin: product and format names, codes and data values (e-mail
 * addresses, URLs, slugs, ISO dates), each removed from the text before it is searched for sentences.
 */
const ALLOWED_ENGLISH: RegExp[] = [
  /[\w.+-]+@[\w.-]+/g, // e-mail addresses
  /https?:\/\/\S+/g,
  /\bPayload\b|\bGongkai\b|\bLexical\b|\bPDF\b|\bDOCX\b|\bJSON\b|\bAPI\b|\bGraphQL\b|\bURL\b|\bID\b/g,
  /\bAsia\/Shanghai\b/g,
  /\{[a-z]+(?::\d+)?\}/g, // index-number pattern tokens such as {serial:5}
  /fuzz-[\w-]+/g, // data the fuzz suites write into the run's shared database (tests/int/robustness)
  // Upstream text no translation reaches: the screen-reader instructions of dnd-kit's sortable lists (Payload's
  // array rows pass no `accessibility` texts) and the block handle of the Lexical editor (hard-coded in
  // @payloadcms/richtext-lexical). Exact phrases, so any other English still fails.
  /To pick up a draggable item, press the space bar\.?/g,
  /While dragging, use the arrow keys to move the item\.?/g,
  /Press space again to drop the item in its new position, or press escape to cancel\.?/g,
  /\bDrag to move\b/g,
]

/** Three or more English words in a row: a sentence (or the start of one) the reader would have to translate. */
const ENGLISH_SENTENCE = /\b[A-Za-z][a-z]+(?:[ ,'’-]+[A-Za-z][a-z]+){2,}/g

/** A label or message joined in both languages, 「导出 PDF / Export PDF」, where the reader's one alone belongs. */
const JOINED = /[\u4e00-\u9fff][^/\n]{0,40} \/ [A-Za-z][A-Za-z ]*/g

type Finding = { url: string; problem: string }

let payload: Payload
let server: AppServer
let people: Record<'admin' | 'editor', SignedInUser>
/** The item the editor submits in the setup; its audit-log row is the one the audit-log test reads. */
let submittedItem: number

/** The visible text, and every aria-label and title, of the page as the reader sees it. */
const readPage = (page: Page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title]')].flatMap((element) => [
      element.getAttribute('aria-label') ?? '',
      element.getAttribute('title') ?? '',
    ])
    const clone = document.body.cloneNode(true) as HTMLElement
    // Code and data the reader typed are not interface text.
    for (const element of clone.querySelectorAll(
      'code, pre, script, style, [data-lexical-editor], .rich-text-lexical__wrap',
    ))
      element.remove()
    return {
      text: document.body.innerText,
      interfaceText: clone.innerText || document.body.innerText,
      attributes: attributes.filter(Boolean),
    }
  })

const englishSentencesIn = (text: string) => {
  let rest = text
  for (const allowed of ALLOWED_ENGLISH) rest = rest.replace(allowed, ' ')
  return [...new Set(rest.match(ENGLISH_SENTENCE) ?? [])]
}

/**
 * Loaded: the network idle, then no request for 3 s (lazy chunks, relationship options, form state and the
 * workflow state come after the load event, late on a busy machine).
 */
const settle = async (page: Page, requests: string[]) => {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
  let seen = -1
  const deadline = Date.now() + 60_000
  while (seen !== requests.length && Date.now() < deadline) {
    seen = requests.length
    await page.waitForTimeout(3_000)
  }
}

/** Idle windows tried before a page that is still fetching its code counts as polling. */
const IDLE_ATTEMPTS = 3

/**
 * The requests of `IDLE_MS` idle seconds. A window in which the page still fetches its own code (a
 * `/_next/static/` chunk) was not idle but a slow load on a busy machine (the form state, the workflow panel and
 * the relationship fields load after their chunks): settle again and measure a new window. Polling repeats
 * its requests without new code, so it is still caught.
 */
const idleRequests = async (page: Page, all: string[]) => {
  let requests: string[] = []
  for (let attempt = 0; attempt < IDLE_ATTEMPTS; attempt++) {
    await settle(page, all)
    const idleFrom = all.length
    await page.waitForTimeout(IDLE_MS)
    requests = all.slice(idleFrom)
    if (!requests.some((request) => request.includes('/_next/static/'))) break
  }
  return requests
}

/** Opens `url` in a fresh tab, lets it settle, counts the requests of 10 idle seconds and reads it. */
const checkPage = async (browser: TestBrowser, url: string): Promise<{ findings: Finding[]; links: string[] }> => {
  const page = await browser.context.newPage()
  const findings: Finding[] = []
  try {
    const all: string[] = []
    page.on('request', (request) => all.push(`${request.method()} ${new URL(request.url()).pathname}`))
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    const requests = await idleRequests(page, all)
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({
        path: `${process.env.E2E_SCREENSHOTS}/${new URL(url).pathname.replace(/\W+/g, '_')}.png`,
      })
    if (requests.length > IDLE_REQUESTS)
      findings.push({ url, problem: `${requests.length} requests while idle: ${requests.slice(0, 8).join(', ')}` })
    const { text, interfaceText, attributes } = await readPage(page)
    if (text.includes('[object Object]')) findings.push({ url, problem: 'text shows [object Object]' })
    for (const attribute of attributes.filter((value) => value.includes('[object Object]')))
      findings.push({ url, problem: `attribute "${attribute}"` })
    for (const sentence of englishSentencesIn(interfaceText)) findings.push({ url, problem: `English: "${sentence}"` })
    for (const joined of new Set(interfaceText.match(JOINED) ?? []))
      findings.push({ url, problem: `both languages: "${joined}"` })
    for (const attribute of attributes)
      for (const sentence of englishSentencesIn(attribute))
        findings.push({ url, problem: `English in aria-label/title: "${sentence}"` })
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
    )
    return { findings, links }
  } finally {
    await page.close()
  }
}

/** Checks `urls` a few tabs at a time; returns every finding and every link seen. */
const checkPages = async (browser: TestBrowser, urls: string[]) => {
  const findings: Finding[] = []
  const links: string[] = []
  for (let start = 0; start < urls.length; start += TABS) {
    const results = await Promise.all(urls.slice(start, start + TABS).map((url) => checkPage(browser, url)))
    for (const result of results) {
      findings.push(...result.findings)
      links.push(...result.links)
    }
  }
  return { findings, links }
}

const unique_ = <T>(values: T[]) => [...new Set(values)]

/**
 * The admin as `who` sees it: the navigation's collections and globals; for each collection its list, its
 * create view (when the list offers one) and the first document's edit view; the account page and 待办.
 */
const sweep = async (who: SignedInUser) => {
  const browser = await launchBrowser()
  try {
    await browser.signInWithToken(server.url, who.token)
    const admin = `${server.url}/admin`
    const home = await checkPages(browser, [admin, `${admin}/account`, `${admin}/todo`])
    const navigation = unique_(
      home.links
        .filter((link) => /\/admin\/(collections|globals)\/[^/?#]+$/.test(new URL(link).pathname))
        .map((link) => new URL(link).pathname),
    )
    const lists = navigation.filter((path) => path.includes('/collections/')).map((path) => `${server.url}${path}`)
    const globals = navigation.filter((path) => path.includes('/globals/')).map((path) => `${server.url}${path}`)
    const listed = await checkPages(browser, [...lists, ...globals])
    const views = lists.flatMap((list) => {
      const listPath = new URL(list).pathname
      const inList = listed.links
        .map((link) => new URL(link).pathname)
        .filter((path) => path.startsWith(`${listPath}/`))
      const create = inList.find((path) => path === `${listPath}/create`)
      const firstDocument = inList.find((path) => /\/\d+$/.test(path))
      return [create, firstDocument]
        .filter((path): path is string => Boolean(path))
        .map((path) => `${server.url}${path}`)
    })
    const opened = await checkPages(browser, unique_(views))
    return {
      visited: [admin, ...lists, ...globals, ...unique_(views)],
      findings: [...home.findings, ...listed.findings, ...opened.findings],
    }
  } finally {
    await browser.close()
  }
}

const report = (findings: Finding[]) =>
  findings.map(({ url, problem }) => `${url.replace(server.url, '')}: ${problem}`).join('\n')

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  const institution = (await createInstitution(payload)).id
  const theme = (await ensureCategory(payload, 'theme', 'e2e-zh-theme', '综合政务')).id
  people = {
    admin: await createUser(payload, { roles: ['admin'] }),
    editor: await createUser(payload, { roles: ['editor'], institutions: [institution] }),
  }
  // Someone to review it: a document never enters a stage nobody of its institution can act in.
  await createUser(payload, { roles: ['reviewer'], institutions: [institution] })
  // Something in each list, so every edit view is visited: an item with a review history, a policy, a leader, a bulletin issue.
  const item = await payload.create({
    collection: 'disclosure-items',
    data: {
      title: unique('关于开展安全生产检查的通知'),
      institution,
      dateMade: '2012-06-15',
      theme,
      body: lexical('正文'),
      disclosureMethod: 'proactive',
      _status: 'draft',
    },
    draft: true,
    depth: 0,
  })
  submittedItem = item.id
  await payload.create({
    collection: 'policies',
    data: {
      title: unique('扎兰屯市政府规章'),
      issuer: institution,
      level: 'normative-document',
      dateWritten: '2011-03-01',
      _status: 'draft',
    },
    draft: true,
    depth: 0,
  })
  await payload.create({
    collection: 'officials',
    data: { name: unique('张三'), institution, post: '局长', _status: 'draft' },
    draft: true,
    depth: 0,
  })
  await createDraftIssue(payload, [])
  server = await startAppServer()
  const submitted = await fetch(`${server.url}/api/disclosure-items/${item.id}/workflow`, {
    method: 'POST',
    headers: { Authorization: `JWT ${people.editor.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'submit' }),
  })
  expect(submitted.status, await submitted.clone().text()).toBe(200)
}, 1_200_000)

afterAll(async () => {
  await server?.stop()
})

describe('the admin in Chinese', () => {
  it(
    'should show an admin every page in Chinese, with no [object Object] and no polling while idle',
    { timeout: 1_200_000 },
    async () => {
      const { visited, findings } = await sweep(people.admin)
      expect(visited.length).toBeGreaterThan(20)
      expect(visited.some((url) => url.endsWith('/collections/workflow-events'))).toBe(true)
      expect(findings, report(findings)).toEqual([])
    },
  )

  it('should show an editor every page in Chinese as well', { timeout: 1_200_000 }, async () => {
    const { visited, findings } = await sweep(people.editor)
    expect(visited.some((url) => url.endsWith('/collections/disclosure-items/create'))).toBe(true)
    expect(findings, report(findings)).toEqual([])
  })
})

describe('the audit log', () => {
  it('should show labels, not codes: collection, action and stages in Chinese', { timeout: 300_000 }, async () => {
    const browser = await launchBrowser()
    try {
      await browser.signInWithToken(server.url, people.admin.token)
      const page = await browser.context.newPage()
      // Other test files write to the same log at the same time: only this item's submission is looked at.
      await page.goto(
        `${server.url}/admin/collections/workflow-events?where[documentId][equals]=${submittedItem}&where[documentCollection][equals]=disclosure-items`,
      )
      await page.waitForSelector('table tbody tr', { timeout: 90_000 })
      const row = (await page.locator('table tbody tr').first().innerText()).replace(/\s+/g, ' ')
      for (const label of ['政府信息', '提交审核', '草稿', '科室审核']) expect(row).toContain(label)
      for (const code of ['disclosure-items', 'submit', 'draft', 'review'])
        expect(row).not.toMatch(new RegExp(`(^|\\s)${code}(\\s|$)`))
    } finally {
      await browser.close()
    }
  })
})

describe('messages in the admin language', () => {
  /** Saves an institution whose credit code is too short; returns what the page then says, and its field labels. */
  const refusedCreditCode = async (language: 'zh' | 'en') => {
    const browser = await launchBrowser({ locale: language === 'zh' ? 'zh-CN' : 'en-US' })
    try {
      await browser.signInWithToken(server.url, people.admin.token)
      await browser.context.addCookies([{ name: 'payload-lng', value: language, url: server.url, sameSite: 'Lax' }])
      const page = await browser.context.newPage()
      await page.goto(`${server.url}/admin/collections/institutions/create`)
      await page.waitForSelector('#field-name', { timeout: 90_000 })
      await page.fill('#field-name', unique('语言测试局'))
      await page.fill('#field-creditCode', '12345')
      await page.click('#action-save-draft, #action-save')
      // Several fields are refused (the kind is required too) and their errors render one after another: wait for the
      // credit code's own message in either language before reading the page (the assertions say which one it was).
      await page
        .waitForFunction(
          () => /统一社会信用代码应为|must be 18 characters/.test(document.body.textContent ?? ''),
          undefined,
          { timeout: 60_000 },
        )
        .catch(() => undefined)
      if (process.env.E2E_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/validation-${language}.png` })
      return await page.evaluate(() => ({
        text: document.body.textContent ?? '',
        labels: [...document.querySelectorAll('.field-label')].map((label) => label.textContent ?? ''),
      }))
    } finally {
      await browser.close()
    }
  }

  it('should show a validation error in Chinese only in the Chinese admin', { timeout: 300_000 }, async () => {
    const { text } = await refusedCreditCode('zh')
    expect(text).toContain('统一社会信用代码应为 18 位')
    expect(text).not.toContain('must be 18 characters')
  })

  it('should show it in English only to a user who chose English', { timeout: 300_000 }, async () => {
    const { text, labels } = await refusedCreditCode('en')
    expect(text).toContain('must be 18 characters')
    expect(text).not.toContain('统一社会信用代码应为')
    // Every label in English, the rich text's (rendered on the server) included, after Chinese pages were served.
    expect(labels.length).toBeGreaterThan(5)
    expect(labels.filter((label) => /[\u4e00-\u9fff]/.test(label))).toEqual([])
  })
})
