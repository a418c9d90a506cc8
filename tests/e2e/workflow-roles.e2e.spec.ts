import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/lib/platform/roles'
import type { AppServer } from '../helpers/appServer'
import type { TestBrowser } from '../helpers/browser'
import type { SignedInUser } from '../helpers/fixtures'

import { toLocalDate } from '../../plugins/workflow-approval/workingDays'
import { ensureBuild, startAppServer } from '../helpers/appServer'
import { launchBrowser } from '../helpers/browser'
import { createInstitution, createUser, ensureCategory, lexical, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * Each role's job in the zh-CN admin, clicking as a person would: the editor writes and submits a
 * document, the reviewer, secrecy reviewer and signer take it from 待办 and see what the stages before
 * them decided; every action ends with a confirmation saying where the document went. A document is
 * refused entry to a stage nobody of its institution can act in; one stranded later shows in the
 * disclosure office's 待办 and the office takes it over, with the reason in the audit log.
 */

let payload: Payload
let server: AppServer
let browser: TestBrowser
let page: Page
let institution: { id: number; name: string }
let theme: { id: number; name: string }
type Person = SignedInUser & { name: string }
let people: Record<'editor' | 'reviewer' | 'secrecy' | 'signer' | 'office', Person>

const person = async (roles: Role[], name: string, institutions: number[] = [institution.id]): Promise<Person> => {
  const user = await createUser(payload, { roles, institutions })
  await payload.update({ collection: 'users', id: user.id, data: { name } })
  return { ...user, name }
}

const signIn = (who: Person) => browser.signInWithToken(server.url, who.token)

const stageShown = (stage: string) =>
  page.waitForSelector(`.workflow-actions .workflow-stage-badge[data-stage="${stage}"]`, { timeout: 90_000 })

/** Opens 待办 and the document titled `title` from it. */
const openFromTodo = async (title: string) => {
  await page.goto(`${server.url}/admin/todo`)
  const link = page.locator('table.workflow-todo a', { hasText: title })
  await link.waitFor({ timeout: 90_000 })
  await link.click()
  await page.waitForSelector('.workflow-actions .workflow-stage-badge', { timeout: 90_000 })
}

/** Takes an action through its dialog and returns the confirmation shown once the page shows `nextStage`. */
const act = async (action: string, nextStage: string, fill: () => Promise<void> = async () => {}) => {
  await page.click(`#workflow-action-${action}`)
  await page.waitForSelector('dialog.workflow-dialog[open]')
  await fill()
  await page.click('#workflow-confirm')
  const outcome = await Promise.race([
    stageShown(nextStage).then(() => 'done'),
    page.waitForSelector('.workflow-error', { timeout: 90_000 }).then((error) => error.textContent()),
  ])
  expect(outcome, `${action} was refused`).toBe('done')
  const confirmation = page.locator('.workflow-confirmation')
  await confirmation.waitFor({ timeout: 30_000 })
  const message = (await confirmation.innerText()).trim()
  // The same words pop up as the admin's toast.
  await page.locator('.payload-toast-item', { hasText: message }).waitFor({ timeout: 30_000 })
  return message
}

const apiAct = async (who: SignedInUser, id: number, body: Record<string, unknown>) => {
  const response = await fetch(`${server.url}/api/disclosure-items/${id}/workflow`, {
    method: 'POST',
    headers: { Authorization: `JWT ${who.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

const draftOf = async (institutionId: number, title: string) =>
  payload.create({
    collection: 'disclosure-items',
    data: {
      title,
      institution: institutionId,
      dateMade: toLocalDate(new Date()),
      theme: theme.id,
      body: lexical('正文'),
      disclosureMethod: 'proactive' as const,
      _status: 'draft' as const,
    },
    draft: true,
    depth: 0,
  })

/**
 * Closes the date picker's calendar. It may stay open over the next row of fields after a day is picked, and an
 * Escape alone was seen to leave it open (focus returned to the input and opened it again): moving focus to another
 * field closes it for good.
 */
const closeCalendar = async () => {
  const popper = page.locator('.react-datepicker-popper')
  for (let attempt = 0; attempt < 5 && (await popper.count()) > 0; attempt++) {
    await page.keyboard.press('Escape')
    await page.locator('#field-title').click()
    await page.waitForTimeout(250)
  }
  await popper.waitFor({ state: 'detached' })
}

/** Picks `text` in a relationship field (Payload's react-select). */
const pickRelationship = async (field: string, text: string) => {
  await page.click(`#field-${field} .rs__control`)
  await page.keyboard.type(text.slice(0, 6))
  const option = page.locator('.rs__option', { hasText: text })
  await option.first().waitFor({ timeout: 30_000 })
  await option.first().click()
}

beforeAll(async () => {
  await ensureBuild()
  payload = await getTestPayload()
  const name = unique('e2e审核局')
  institution = { id: (await createInstitution(payload, { name })).id, name }
  const category = await ensureCategory(payload, 'theme', 'e2e-theme', '综合政务')
  theme = { id: category.id as number, name: String(category.name) }
  people = {
    editor: await person(['editor'], '李信息'),
    reviewer: await person(['reviewer'], '赵科长'),
    secrecy: await person(['secrecy-reviewer'], '陈保密'),
    signer: await person(['signer'], '刘签发'),
    office: await person(['disclosure-office'], '周公开', []),
  }
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('each role’s job in the admin', () => {
  it(
    'should take a document written in the admin through the chain from 待办, each stage seeing what the ones before decided',
    { timeout: 900_000 },
    async () => {
      const title = unique('e2e 关于做好冬季供暖工作的通知')
      const basis = '《保守国家秘密法》第九条：不属于国家秘密'

      // The editor writes the document in the form, saves it and submits it.
      await signIn(people.editor)
      await page.goto(`${server.url}/admin/collections/disclosure-items/create`)
      await page.waitForSelector('#field-title', { timeout: 90_000 })
      await page.fill('#field-title', title)
      await pickRelationship('institution', institution.name)
      await page.click('#field-dateMade input')
      await page.click('.react-datepicker__day--today')
      await closeCalendar()
      expect(await page.locator('#field-dateMade input').inputValue()).not.toBe('')
      await pickRelationship('theme', theme.name)
      await page.click('.rich-text-lexical [contenteditable="true"]')
      await page.keyboard.type('各乡镇、街道：现将冬季供暖有关事项通知如下。')
      await page.click('#action-save-draft')
      await page.waitForURL(/\/admin\/collections\/disclosure-items\/\d+$/, { timeout: 90_000 })
      const id = Number(new URL(page.url()).pathname.split('/').pop())
      await stageShown('draft')
      await page.waitForSelector('#workflow-action-submit:not([disabled])', { timeout: 60_000 })
      const submitted = await act('submit', 'review')
      expect(submitted).toContain('已提交审核')
      expect(submitted).toContain('科室审核')
      expect(submitted).toContain('赵科长')

      // The reviewer approves from 待办.
      await signIn(people.reviewer)
      await openFromTodo(title)
      const reviewed = await act('approve', 'secrecy')
      expect(reviewed).toContain('保密审查')
      expect(reviewed).toContain('陈保密')

      // The secrecy reviewer sees the department's approval and clears it with a legal basis.
      await signIn(people.secrecy)
      await openFromTodo(title)
      await page.waitForSelector('.workflow-history li[data-action="approve"]')
      const cleared = await act('approve', 'signoff', async () => {
        await page.selectOption('#workflow-field-secrecyDecision', 'public')
        await page.fill('#workflow-field-secrecyLegalBasis', basis)
      })
      expect(cleared).toContain('领导签发')
      expect(cleared).toContain('刘签发')

      // The signer sees the secrecy decision and its basis in the form, and the history, then signs off.
      await signIn(people.signer)
      await openFromTodo(title)
      await page.waitForSelector('#field-secrecyDecision', { timeout: 60_000 })
      expect(await page.locator('#field-secrecyDecision').innerText()).toContain('公开')
      expect(await page.locator('#field-secrecyLegalBasis').inputValue()).toBe(basis)
      expect(
        await page
          .locator('.workflow-history li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-action'))),
      ).toEqual(['submit', 'approve', 'approve'])
      const signed = await act('approve', 'published', async () => {
        await page.selectOption('#workflow-field-disclosureMethod', 'proactive')
      })
      expect(signed).toContain('已签发')
      expect(signed).toContain('已发布')
      expect((await payload.findByID({ collection: 'disclosure-items', id, depth: 0 }))._status).toBe('published')
    },
  )

  it(
    'should refuse sending a document on to a stage nobody of its institution can act in, naming the role and the institution',
    { timeout: 300_000 },
    async () => {
      const name = unique('e2e缺员局')
      const thin = (await createInstitution(payload, { name })).id
      const editor = await person(['editor'], '王信息', [thin])
      const reviewer = await person(['reviewer'], '钱科长', [thin])
      const item = await draftOf(thin, unique('e2e 缺员局信息'))
      await apiAct(editor, item.id, { action: 'submit' })

      await signIn(reviewer)
      await openFromTodo(item.title)
      await page.click('#workflow-action-approve')
      await page.click('#workflow-confirm')
      const error = await page.waitForSelector('.workflow-error', { timeout: 60_000 })
      const message = String(await error.textContent())
      expect(message).toContain('保密审查员')
      expect(message).toContain(name)
      expect(
        (await payload.findByID({ collection: 'disclosure-items', id: item.id, draft: true, depth: 0 })).workflowStage,
      ).toBe('review')
    },
  )

  it(
    'should show the office a document stranded by a role change, and let it sign off in the signer’s place with a reason in the audit log',
    { timeout: 600_000 },
    async () => {
      const item = await draftOf(institution.id, unique('e2e 签发人调离'))
      await apiAct(people.editor, item.id, { action: 'submit' })
      await apiAct(people.reviewer, item.id, { action: 'approve' })
      await apiAct(people.secrecy, item.id, {
        action: 'approve',
        secrecyDecision: 'public',
        secrecyLegalBasis: '不涉密',
      })
      // The institution's only signer moves to another post.
      await payload.update({ collection: 'users', id: people.signer.id, data: { roles: ['editor'] } })

      await signIn(people.office)
      await page.goto(`${server.url}/admin/todo`)
      const row = page.locator(`table.workflow-todo tr[data-id="${item.id}"]`)
      await row.waitFor({ timeout: 90_000 })
      expect(await row.getAttribute('data-stranded')).toBe('true')
      expect(await row.locator('.workflow-todo-stranded').innerText()).toBe('无人可办理')
      await row.locator('a').click()
      await page.waitForSelector('.workflow-actions .workflow-stranded', { timeout: 90_000 })
      expect(await page.locator('.workflow-waiting').innerText()).toContain('签发人')

      // Without a reason the dialog does not send; with one, the office signs off in the signer's place.
      const reason = '签发人已调离，经分管领导同意由公开办代为签发'
      await page.click('#workflow-action-approve')
      await page.waitForSelector('dialog.workflow-dialog[open] .workflow-takeover-note')
      await page.selectOption('#workflow-field-disclosureMethod', 'proactive')
      await page.click('#workflow-confirm')
      expect(await page.locator('dialog.workflow-dialog[open]').count()).toBe(1)
      await page.fill('#workflow-comment', reason)
      await page.click('#workflow-confirm')
      await stageShown('published')
      await page.locator('.workflow-confirmation').waitFor({ timeout: 30_000 })

      const last = page.locator('.workflow-history li').last()
      await last.waitFor()
      expect(await last.getAttribute('data-on-behalf-of')).toBe('signer')
      expect(await last.innerText()).toContain('代为办理 签发人')
      expect(await last.innerText()).toContain(reason)
      const { docs } = await payload.find({
        collection: 'workflow-events',
        where: { documentId: { equals: String(item.id) }, fromStage: { equals: 'signoff' } },
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({
        action: 'approve',
        role: 'disclosure-office',
        onBehalfOf: 'signer',
        comment: reason,
        userName: '周公开',
      })
    },
  )
})
