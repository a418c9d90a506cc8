import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { toLocalDate } from '../../plugins/workflow-approval/workingDays'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The review chain in the real admin, in a real browser, against `next start`: the people act through
 * the buttons and dialogs of the edit view; the data they start from is made through the Local API.
 */

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let people: Record<'editor' | 'reviewer' | 'secrecy' | 'signer' | 'admin', SignedInUser>
let institution: number
let theme: number

const itemUrl = (id: number | string) => `${server.url}/admin/collections/disclosure-items/${id}`

/** Signs the browser in as `who` and opens the document, waiting until its workflow state has loaded. */
const openAs = async (who: SignedInUser, id: number | string) => {
  await browser.signInWithToken(server.url, who.token)
  await page.goto(itemUrl(id))
  await page.waitForSelector('.workflow-actions .workflow-stage-badge', { timeout: 90_000 })
}

const stageShown = (stage: string) =>
  page.waitForSelector(`.workflow-actions .workflow-stage-badge[data-stage="${stage}"]`, { timeout: 90_000 })

/** Opens an action's dialog, lets `fill` complete it, confirms, and waits for the page to show `nextStage`. */
const act = async (action: string, nextStage: string, fill: () => Promise<void> = async () => {}) => {
  await page.click(`#workflow-action-${action}`)
  await page.waitForSelector('dialog.workflow-dialog[open]')
  await fill()
  await page.click('#workflow-confirm')
  // A refusal shows in the dialog; fail with its message rather than wait for a stage that never comes.
  const outcome = await Promise.race([
    stageShown(nextStage).then(() => 'done'),
    page.waitForSelector('.workflow-error', { timeout: 90_000 }).then((error) => error.textContent()),
  ])
  expect(outcome, `${action} was refused`).toBe('done')
}

/** Payload's own Publish / Unpublish buttons (and the schedule-publish menu inside Publish) are not there. */
const expectNoPublishControls = async () => {
  await page.waitForSelector('#action-save-draft, .doc-controls', { timeout: 60_000 })
  expect(await page.locator('#action-save').count()).toBe(0)
  expect(await page.locator('#action-unpublish').count()).toBe(0)
  expect(
    await page.getByRole('button', { name: /^(发布|发布修改|取消发布|Publish|Publish changes|Unpublish)$/ }).count(),
  ).toBe(0)
}

const readItem = (id: number) =>
  payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0, overrideAccess: true })

beforeAll(async () => {
  // The build is shared by every test file of the run that asks for it.
  await ensureBuild()
  payload = await getTestPayload()
  institution = (await createInstitution(payload)).id
  theme = (await ensureCategory(payload, 'theme', 'e2e-theme', '综合政务')).id
  const member = (roles: Parameters<typeof createUser>[1]['roles']) =>
    createUser(payload, { roles, institutions: [institution] })
  people = {
    editor: await member(['editor']),
    reviewer: await member(['reviewer']),
    secrecy: await member(['secrecy-reviewer']),
    signer: await member(['signer']),
    admin: await createUser(payload, { roles: ['admin'] }),
  }
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('workflow approval in the admin', () => {
  it(
    'should take a draft through send-back, resubmission and the whole chain to published, with no Publish button for anyone',
    { timeout: 900_000 },
    async () => {
      const title = unique('e2e 关于开展安全生产检查的通知')
      const draft = await payload.create({
        collection: 'disclosure-items',
        data: {
          title,
          institution,
          dateMade: toLocalDate(new Date()),
          theme,
          body: lexical('正文'),
          disclosureMethod: 'proactive' as const,
          _status: 'draft' as const,
        },
        draft: true,
        depth: 0,
      })
      // Made long ago and already waiting for the reviewer: overdue under Art. 26.
      const late = await payload.create({
        collection: 'disclosure-items',
        data: {
          title: unique('e2e 逾期信息'),
          institution,
          dateMade: '2026-01-05',
          theme,
          body: lexical('正文'),
          disclosureMethod: 'proactive' as const,
          _status: 'draft' as const,
        },
        draft: true,
        depth: 0,
      })
      const submitted = await fetch(`${server.url}/api/disclosure-items/${late.id}/workflow`, {
        method: 'POST',
        headers: { Authorization: `JWT ${people.editor.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'submit' }),
      })
      expect(submitted.status, await submitted.clone().text()).toBe(200)

      // The editor submits the draft.
      await openAs(people.editor, draft.id)
      await stageShown('draft')
      await expectNoPublishControls()
      await act('submit', 'review')
      expect((await readItem(draft.id)).workflowStage).toBe('review')

      // The reviewer finds both in the to-do list, the old one marked overdue, and opens the new one from there.
      await browser.signInWithToken(server.url, people.reviewer.token)
      await page.goto(`${server.url}/admin/todo`)
      await page.waitForSelector(`table.workflow-todo tr[data-id="${draft.id}"]`, { timeout: 90_000 })
      expect(await page.locator('#nav-workflow-todo').count()).toBe(1)
      expect(await page.locator(`tr[data-id="${late.id}"] .workflow-overdue`).count()).toBe(1)
      expect(await page.locator(`tr[data-id="${draft.id}"] .workflow-overdue`).count()).toBe(0)
      await page.click(`tr[data-id="${draft.id}"] a`)
      await page.waitForSelector('.workflow-actions .workflow-stage-badge[data-stage="review"]', { timeout: 90_000 })
      await expectNoPublishControls()

      // Sending back without a reason is not possible; with one, it returns the item to the draft stage.
      await page.click('#workflow-action-sendBack')
      await page.click('#workflow-confirm')
      expect(await page.locator('dialog.workflow-dialog[open]').count()).toBe(1)
      const reason = '请补充文号并核对发文日期'
      await page.fill('#workflow-comment', reason)
      await page.click('#workflow-confirm')
      await stageShown('draft')

      // The editor finds the draft back in 待办 with the reason, reads it in the history too, fixes the
      // title, saves the draft and submits again.
      await browser.signInWithToken(server.url, people.editor.token)
      await page.goto(`${server.url}/admin/todo`)
      const sentBack = page.locator(`table.workflow-todo tr[data-id="${draft.id}"] .workflow-todo-reason`)
      await sentBack.waitFor({ timeout: 90_000 })
      expect(await sentBack.innerText()).toBe(`退回理由：${reason}`)
      await openAs(people.editor, draft.id)
      await page.waitForSelector(`.workflow-history .workflow-comment:has-text("${reason}")`)
      const fixedTitle = `${title}（修订）`
      await page.fill('#field-title', fixedTitle)
      await page.waitForSelector('#workflow-action-submit[disabled]')
      await page.click('#action-save-draft')
      await page.waitForSelector('#workflow-action-submit:not([disabled])', { timeout: 60_000 })
      expect((await readItem(draft.id)).title).toBe(fixedTitle)
      await act('submit', 'review')

      // The chain approves: the department, the secrecy review (公开, with its legal basis), the signer (主动公开).
      await openAs(people.reviewer, draft.id)
      await act('approve', 'secrecy')

      await openAs(people.secrecy, draft.id)
      await expectNoPublishControls()
      await act('approve', 'signoff', async () => {
        await page.selectOption('#workflow-field-secrecyDecision', 'public')
        await page.fill('#workflow-field-secrecyLegalBasis', '《保守国家秘密法》第九条：不属于国家秘密')
      })

      await openAs(people.signer, draft.id)
      await expectNoPublishControls()
      await act('approve', 'published', async () => {
        await page.selectOption('#workflow-field-disclosureMethod', 'proactive')
      })

      // Published: to the public through the API, and in the list's stage column.
      const published = await payload.findByID({
        collection: 'disclosure-items',
        id: draft.id,
        depth: 0,
        overrideAccess: true,
      })
      expect(published._status).toBe('published')
      const anonymous = await fetch(`${server.url}/api/disclosure-items/${draft.id}`)
      expect(anonymous.status).toBe(200)
      expect(((await anonymous.json()) as { title: string }).title).toBe(fixedTitle)
      const history = await page
        .locator('.workflow-history li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))
      expect(history).toEqual(['submit', 'sendBack', 'submit', 'approve', 'approve', 'approve'])

      // Not even an admin is offered Publish or Unpublish, in the edit view or as a bulk action in the list.
      await openAs(people.admin, draft.id)
      await expectNoPublishControls()
      await page.goto(`${server.url}/admin/collections/disclosure-items?search=${encodeURIComponent(fixedTitle)}`)
      await page.waitForSelector('.table .workflow-stage-badge[data-stage="published"]', { timeout: 90_000 })
      await page.click('.table .select-row__checkbox input[type="checkbox"]')
      await page.waitForSelector('.list-selection')
      expect(
        await page
          .locator('.list-selection')
          .getByRole('button', { name: /发布|Publish/ })
          .count(),
      ).toBe(0)
    },
  )

  it(
    'should show the refusal in the dialog, and leave the stage alone, when another reviewer acted first',
    { timeout: 300_000 },
    async () => {
      const item = await payload.create({
        collection: 'disclosure-items',
        data: {
          title: unique('e2e 并发审核'),
          institution,
          dateMade: toLocalDate(new Date()),
          theme,
          body: lexical('正文'),
          disclosureMethod: 'proactive' as const,
          _status: 'draft' as const,
        },
        draft: true,
        depth: 0,
      })
      const actAsOther = (who: SignedInUser, action: string) =>
        fetch(`${server.url}/api/disclosure-items/${item.id}/workflow`, {
          method: 'POST',
          headers: { Authorization: `JWT ${who.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ action }),
        })
      expect((await actAsOther(people.editor, 'submit')).status).toBe(200)

      await openAs(people.reviewer, item.id)
      await stageShown('review')
      // A second reviewer of the department approves while the first still has the page open.
      const colleague = await createUser(payload, { roles: ['reviewer'], institutions: [institution] })
      expect((await actAsOther(colleague, 'approve')).status).toBe(200)

      await page.click('#workflow-action-approve')
      await page.click('#workflow-confirm')
      const error = await page.waitForSelector('.workflow-error', { timeout: 60_000 })
      expect(await error.textContent()).toContain('已被他人处理')
      expect(await page.locator('dialog.workflow-dialog[open]').count()).toBe(1)
      expect((await readItem(item.id)).workflowStage).toBe('secrecy')
    },
  )
})
