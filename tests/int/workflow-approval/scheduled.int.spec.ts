import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Office } from './setup'

import { getTestPayload, rest } from './config'
import { act, createOffice, draftItem } from './setup'

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

const latest = (id: number) => payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0 })

const toSignOff = async (id: number) => {
  await act(office.cast.editor, id, { action: 'submit' })
  await act(office.cast.reviewer, id, { action: 'approve' })
  await act(office.cast['secrecy-reviewer'], id, {
    action: 'approve',
    secrecyDecision: 'public',
    secrecyLegalBasis: '不涉密',
  })
}

const jobFor = async (id: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'workflowScheduledPublish' } },
    limit: 0,
    depth: 0,
  })
  return docs.find((job) => (job.input as { id?: string }).id === String(id))!
}

const waitUntilPast = async (moment: Date) => {
  while (Date.now() <= moment.getTime()) await new Promise((resolve) => setTimeout(resolve, 200))
}

describe('scheduled publication', () => {
  it('should wait in the scheduled stage, unpublished and unnumbered, until the jobs queue publishes it at the time given', async () => {
    const item = await draftItem(office)
    await toSignOff(item.id)
    const publishAt = new Date(Date.now() + 3000)
    const approved = await act(office.cast.signer, item.id, {
      action: 'approve',
      disclosureMethod: 'proactive',
      scheduledPublishAt: publishAt.toISOString(),
    })
    expect(approved.status).toBe(200)
    expect(approved.json.stage.slug).toBe('scheduled')

    const job = await jobFor(item.id)
    expect(new Date(job.waitUntil!).getTime()).toBe(publishAt.getTime())
    const early = await latest(item.id)
    expect(early._status).toBe('draft')
    expect(early.indexNumber ?? null).toBeNull()
    expect((await rest('GET', `/disclosure-items/${item.id}`)).status).toBe(404)

    await waitUntilPast(publishAt)
    await payload.jobs.runByID({ id: job.id })

    const published = await payload.findByID({ collection: 'disclosure-items', id: item.id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.workflowStage).toBe('published')
    expect(published.indexNumber).toMatch(new RegExp(`^${office.creditCode}/`))
    expect((await rest('GET', `/disclosure-items/${item.id}`)).status).toBe(200)
    const state = await rest('GET', `/disclosure-items/${item.id}/workflow`, { token: office.cast.signer.token })
    expect(state.json.history.at(-1)).toMatchObject({
      action: 'scheduledPublish',
      fromStage: 'scheduled',
      toStage: 'published',
      user: null,
    })
  })

  it('should publish nothing when the schedule was cancelled before its time', async () => {
    const item = await draftItem(office)
    await toSignOff(item.id)
    const publishAt = new Date(Date.now() + 1500)
    await act(office.cast.signer, item.id, {
      action: 'approve',
      disclosureMethod: 'proactive',
      scheduledPublishAt: publishAt.toISOString(),
    })
    const cancelled = await act(office.cast.signer, item.id, { action: 'cancelSchedule', comment: '暂缓发布' })
    expect(cancelled.json.stage.slug).toBe('signoff')
    const job = await jobFor(item.id)
    await waitUntilPast(publishAt)
    await payload.jobs.runByID({ id: job.id })
    const stored = await latest(item.id)
    expect(stored._status).toBe('draft')
    expect(stored.workflowStage).toBe('signoff')
  })

  it('should refuse a publication time that is not a date', async () => {
    const item = await draftItem(office)
    await toSignOff(item.id)
    const response = await act(office.cast.signer, item.id, {
      action: 'approve',
      disclosureMethod: 'proactive',
      scheduledPublishAt: '明天',
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('scheduledPublishAt')
  })
})
