import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ResolvedWorkflowOptions } from '../../../plugins/workflow-approval/types'
import type { SignedInUser } from '../../helpers/fixtures'
import type { Office } from './setup'

import { todoRowsOf } from '../../../plugins/workflow-approval/views/TodoView/todoRows'
import { getTestPayload } from './config'
import { act, createOffice, draftItem } from './setup'

/** What 待办 lists, read as the view reads it (the browser tests look at the page itself). */

let payload: Payload
let office: Office
let options: ResolvedWorkflowOptions

const todoOf = async (who: SignedInUser) => {
  const user = await payload.findByID({ collection: 'users', id: who.id, depth: 0 })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return todoRowsOf({ req, options, collection: 'disclosure-items' })
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
  const views = payload.config.admin.components?.views as Record<
    string,
    { Component: { serverProps: { workflowOptions: ResolvedWorkflowOptions } } }
  >
  options = views.workflowTodo!.Component.serverProps.workflowOptions
})

describe('待办', () => {
  it('should list more than 200 documents waiting in one collection', { timeout: 300_000 }, async () => {
    const ids: number[] = []
    for (let i = 0; i < 205; i++) {
      const item = await draftItem(office)
      const submitted = await act(office.cast.editor, item.id, { action: 'submit' })
      expect(submitted.status).toBe(200)
      ids.push(item.id)
    }
    const rows = await todoOf(office.cast.reviewer)
    expect(rows.filter((row) => ids.includes(Number(row.id)))).toHaveLength(205)
  })

  it('should give the editor a sent-back draft with the reason, until it is resubmitted', async () => {
    const item = await draftItem(office)
    await act(office.cast.editor, item.id, { action: 'submit' })
    await act(office.cast.reviewer, item.id, { action: 'sendBack', comment: '请补充文号' })
    const row = (await todoOf(office.cast.editor)).find((candidate) => Number(candidate.id) === item.id)
    expect(row).toMatchObject({ sentBackReason: '请补充文号', isStranded: false })
    expect(row!.stage.slug).toBe('draft')
    await act(office.cast.editor, item.id, { action: 'submit' })
    expect((await todoOf(office.cast.editor)).some((candidate) => Number(candidate.id) === item.id)).toBe(false)
  })

  it('should show the office a document nobody can act on, and not the ones its people will handle', async () => {
    const stranded = await createOffice(payload)
    const item = await draftItem(stranded)
    await act(stranded.cast.editor, item.id, { action: 'submit' })
    const handled = await draftItem(office)
    await act(office.cast.editor, handled.id, { action: 'submit' })
    await payload.update({ collection: 'users', id: stranded.cast.reviewer.id, data: { roles: ['editor'] } })
    const rows = await todoOf(office.cast['disclosure-office'])
    expect(rows.find((row) => Number(row.id) === item.id)).toMatchObject({ isStranded: true })
    expect(rows.some((row) => Number(row.id) === handled.id)).toBe(false)
    // Nobody else is shown it: the editor's 待办 has no submitted documents.
    expect((await todoOf(stranded.cast.editor)).some((row) => Number(row.id) === item.id)).toBe(false)
  })
})
