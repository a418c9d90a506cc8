import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { seedWorkingCalendar } from '../../seed/workingCalendar'
import { pickOption } from '../helpers/adminForm'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * 依申请公开 in the zh-CN admin, as an institution's editor handles a request: registers one from a letter, records
 * an extension, replies with an outcome, and finds the institution's requests listed by their deadline with the
 * overdue one marked.
 */

const SLUG = 'disclosure-requests'

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let institution: { id: number; name: string }
let editor: SignedInUser
let overdue: { id: number; applicantName: string }
let open: { id: number; applicantName: string }

const register = async (applicantName: string, receivedOn: string) =>
  payload.create({
    collection: SLUG,
    data: {
      applicantType: 'naturalPerson',
      applicantName,
      channel: 'online',
      receivedOn,
      requestedInformation: '某道路改造工程的预算批复',
      handlingInstitution: institution.id,
    },
    depth: 0,
  })

/** Today in the date picker of `fieldId`, then the picker closed by focusing `away`. */
const pickToday = async (fieldId: string, away: string) => {
  await page.click(`#${fieldId} input`)
  await page.click('.react-datepicker__day--today')
  const popper = page.locator('.react-datepicker-popper')
  for (let attempt = 0; attempt < 5 && (await popper.count()) > 0; attempt++) {
    await page.keyboard.press('Escape')
    await page.locator(away).click()
    await page.waitForTimeout(250)
  }
  await popper.waitFor({ state: 'detached' })
  expect(await page.locator(`#${fieldId} input`).inputValue()).not.toBe('')
}

/**
 * Saves the form and waits for the save's own answer. Not for a toast: the one of the save before may still be
 * showing, and the test then read the request before this save reached the server (status still `received`).
 */
const save = async () => {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/${SLUG}/`),
    { timeout: 60_000 },
  )
  await page.click('#action-save')
  expect((await answered).status()).toBe(200)
  await page.waitForLoadState('networkidle')
}

const addStep = async (index: number, kind: string) => {
  await page.locator('.array-field__add-row').first().click()
  await page.waitForSelector(`#field-steps__${index}__kind`, { timeout: 30_000 })
  await pickOption(page, `field-steps__${index}__kind`, kind)
  await pickToday(`field-steps__${index}__date`, '#field-requestedInformation')
}

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  await seedWorkingCalendar(payload, () => {})
  const name = unique('e2e依申请局')
  institution = { id: (await createInstitution(payload, { name })).id, name }
  editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
  // Received in September 2024: long overdue. Received today: 20 working days left.
  overdue = await register(unique('超期申请人'), '2024-09-27T00:00:00.000Z')
  open = await register(unique('在办申请人'), new Date().toISOString())
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('handling a request in the admin', () => {
  it(
    'should register a request, extend it, reply with an outcome, and list the institution’s requests by deadline',
    { timeout: 900_000 },
    async () => {
      const applicant = unique('张申请')
      await browser.signInWithToken(server.url, editor.token)

      // Registers a request received by letter today.
      await page.goto(`${server.url}/admin/collections/${SLUG}/create`)
      await page.waitForSelector('#field-applicantName', { timeout: 90_000 })
      await page.waitForLoadState('networkidle')
      await pickOption(page, 'field-applicantType', '自然人')
      await page.fill('#field-applicantName', applicant)
      await pickOption(page, 'field-channel', '信函')
      await pickToday('field-receivedOn', '#field-applicantName')
      await page.fill('#field-requestedInformation', '2025年城区供暖价格调整的成本监审报告')
      await pickOption(page, 'field-handlingInstitution', institution.name)
      await page.click('#action-save')
      await page.waitForURL(new RegExp(`/admin/collections/${SLUG}/\\d+$`), { timeout: 90_000 })
      await page.waitForLoadState('networkidle')
      const id = Number(new URL(page.url()).pathname.split('/').pop())
      const registered = await payload.findByID({ collection: SLUG, id, depth: 0 })
      expect(registered.status).toBe('received')
      expect(registered.dueOn).toBeTruthy()
      const firstDue = registered.dueOn!

      // Records the extension approved today: the deadline moves 20 working days on.
      await addStep(0, '延期答复')
      await page.fill('#field-steps__0__approvedBy', '王主任')
      await save()
      const extended = await payload.findByID({ collection: SLUG, id, depth: 0 })
      expect(extended.status).toBe('extended')
      expect(new Date(extended.dueOn!).getTime()).toBeGreaterThan(new Date(firstDue).getTime())

      // Replies with its outcome.
      await addStep(1, '答复')
      await pickOption(page, 'field-steps__1__outcome', '予以公开')
      await save()
      const replied = await payload.findByID({ collection: SLUG, id, depth: 0 })
      expect(replied.status).toBe('replied')
      expect(replied.steps?.[1]?.outcome).toBe('disclosed')

      // The list: open requests by deadline, the overdue one first and marked, the replied one last.
      await page.goto(`${server.url}/admin/collections/${SLUG}`)
      await page.waitForSelector('table tbody tr', { timeout: 90_000 })
      const rows = page.locator('table tbody tr')
      const texts = await rows.allInnerTexts()
      const position = (name: string) => texts.findIndex((text) => text.includes(name))
      expect(position(overdue.applicantName)).toBe(0)
      expect(position(open.applicantName)).toBe(1)
      expect(position(applicant)).toBe(2)
      const overdueRow = rows.nth(0)
      await expect(overdueRow.locator('[data-overdue="true"]').innerText()).resolves.toMatch(/已超期 \d+ 个工作日/)
      expect(texts[1]).toMatch(/剩余 (19|20) 个工作日/)
    },
  )
})
