import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PortalEvent } from '../../../plugins/portal-publishing/webhooks/event'

import { isValidSignature } from '../../../plugins/portal-publishing/webhooks/event'
import { closePayload } from '../../../src/lib/database/closePayload'
import { createInstitution, createUser, unique } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { eventually, portalOptions, publishItem, scene, updatePublished, withdraw } from './portal'

type Received = { headers: http.IncomingHttpHeaders; body: string; event: PortalEvent }

/** An in-process receiver; `respond` decides each answer (and may hold it). */
const startReceiver = async (respond: (entry: Received, received: Received[]) => Promise<number> | number) => {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', async () => {
      const entry = { headers: request.headers, body, event: JSON.parse(body) as PortalEvent }
      received.push(entry)
      response.statusCode = await respond(entry, received)
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

let payload: Payload
const QUEUE = 'portal-publishing'

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const createWebhook = (url: string, secret = unique('secret-0123456789')) =>
  payload.create({
    collection: 'webhooks',
    data: { name: unique('订阅'), url, secret, collections: ['disclosure-items'], active: true },
    depth: 0,
  })

/** Runs the queue (as the autoRun cron also does) until the probe is satisfied. */
const runUntil = <T>(probe: () => Promise<T | undefined | null | false>) =>
  eventually(async () => {
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
    return probe()
  })

/** The delivery log of one webhook about one document (other test files publish meanwhile, and every active webhook hears of it). */
const deliveriesOf = async (webhook: number, docId: number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { and: [{ webhook: { equals: webhook } }, { docId: { equals: String(docId) } }] },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
  ).docs

/** The queued delivery jobs of one webhook about one document. */
const jobsOf = async (webhook: number, docId: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { 'input.webhook': { equals: webhook } },
      depth: 0,
      limit: 0,
      overrideAccess: true,
    })
  ).docs.filter((job) => {
    const input = job.input as { webhook?: number; event?: PortalEvent }
    return input.webhook === webhook && input.event?.document.id === String(docId)
  })

describe('webhooks', () => {
  it('should deliver a signed event for publish, update and withdrawal, and log each delivery', async () => {
    const receiver = await startReceiver(() => 204)
    const secret = unique('secret-0123456789')
    const webhook = await createWebhook(receiver.url, secret)
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '推送测试', institution, theme })
    await updatePublished(payload, item.id, { title: '推送测试（修订）' })
    await withdraw(payload, item.id)

    const mine = () => receiver.received.filter((entry) => entry.event.document.id === String(item.id))
    await runUntil(async () => mine().length === 3)
    const types = mine()
      .map((entry) => entry.event.type)
      .sort()
    expect(types).toEqual(['published', 'updated', 'withdrawn'])
    for (const entry of mine()) {
      expect(entry.headers['content-type']).toContain('application/json')
      const signature = String(entry.headers['x-gongkai-signature'])
      const timestamp = String(entry.headers['x-gongkai-timestamp'])
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/)
      expect(isValidSignature({ secret, timestamp, body: entry.body, signature })).toBe(true)
      expect(isValidSignature({ secret: 'another-secret-1234', timestamp, body: entry.body, signature })).toBe(false)
      expect(entry.headers['x-gongkai-event']).toBe(entry.event.type)
    }
    const published = mine().find((entry) => entry.event.type === 'published')!
    expect(published.event).toMatchObject({
      collection: 'disclosure-items',
      document: { id: String(item.id), title: '推送测试', indexNumber: item.indexNumber },
    })

    const logs = await eventually(async () => {
      const docs = await deliveriesOf(webhook.id, item.id)
      return docs.length === 3 && docs
    })
    expect(logs.map((log) => [log.statusCode, log.attempt, log.isSuccess])).toEqual([
      [204, 1, true],
      [204, 1, true],
      [204, 1, true],
    ])
    expect(logs.every((log) => typeof log.durationMs === 'number' && log.error == null)).toBe(true)
    await payload.delete({ collection: 'webhooks', id: webhook.id })
    await receiver.close()
  })

  it('should retry a failing receiver with backoff and log every attempt', async () => {
    // Fails each event's first two attempts (other test files' events reach this receiver too).
    const receiver = await startReceiver((entry, received) =>
      received.filter((other) => other.event.id === entry.event.id).length <= 2 ? 503 : 200,
    )
    const webhook = await createWebhook(receiver.url)
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '重试测试', institution, theme })

    const [firstFailure] = await runUntil(async () => {
      const docs = await deliveriesOf(webhook.id, item.id)
      return docs.length >= 1 && docs
    })
    expect(firstFailure).toMatchObject({ statusCode: 503, attempt: 1, isSuccess: false, error: 'HTTP 503' })
    // Backoff: the job waits before its next attempt instead of running again at once.
    const jobs = await jobsOf(webhook.id, item.id)
    expect(jobs).toHaveLength(1)
    const retriedAt = jobs[0]!.waitUntil ? new Date(jobs[0]!.waitUntil).getTime() : Number.POSITIVE_INFINITY
    const logs = await runUntil(async () => {
      const docs = await deliveriesOf(webhook.id, item.id)
      return docs.some((log) => log.isSuccess) && docs
    })
    expect(logs.map((log) => [log.attempt, log.statusCode, log.isSuccess])).toEqual([
      [1, 503, false],
      [2, 503, false],
      [3, 200, true],
    ])
    expect(retriedAt).toBeGreaterThan(new Date(firstFailure!.createdAt).getTime())
    expect(new Date(logs[1]!.createdAt).getTime()).toBeGreaterThanOrEqual(retriedAt)
    // One event, three attempts: the same signed body each time.
    const mine = receiver.received.filter((entry) => entry.event.document.id === String(item.id))
    expect(mine).toHaveLength(3)
    expect(new Set(mine.map((entry) => entry.body)).size).toBe(1)
    await payload.delete({ collection: 'webhooks', id: webhook.id })
    await receiver.close()
  })

  it('should log a receiver that is down as an error without a status code', async () => {
    const receiver = await startReceiver(() => 200)
    await receiver.close()
    const webhook = await createWebhook(receiver.url)
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '接收方宕机', institution, theme })
    const [log] = await runUntil(async () => {
      const docs = await deliveriesOf(webhook.id, item.id)
      return docs.length >= 1 && docs
    })
    expect(log).toMatchObject({ attempt: 1, isSuccess: false, statusCode: null })
    expect(log!.error).toBeTruthy()
    await payload.update({ collection: 'webhooks', id: webhook.id, data: { active: false } })
  })

  it('should publish without waiting for a receiver that does not answer', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const receiver = await startReceiver(async () => {
      await held
      return 200
    })
    const webhook = await createWebhook(receiver.url)
    const { institution, theme } = await scene(payload)
    // Were delivery part of publishing, this would wait for the held receiver and the test would time out.
    const item = await publishItem(payload, { title: '不等待接收方', institution, theme })
    expect(item._status).toBe('published')
    expect(await jobsOf(webhook.id, item.id)).toHaveLength(1)
    release()
    await runUntil(async () => (await deliveriesOf(webhook.id, item.id)).length === 1)
    await payload.delete({ collection: 'webhooks', id: webhook.id })
    await receiver.close()
  })

  it('should not notify subscribers of other collections, nor inactive ones, nor about drafts', async () => {
    const receiver = await startReceiver(() => 200)
    const policiesOnly = await payload.create({
      collection: 'webhooks',
      data: {
        name: unique('政策订阅'),
        url: receiver.url,
        secret: unique('secret-0123456789'),
        collections: ['policies'],
        active: true,
      },
      depth: 0,
    })
    const inactive = await payload.create({
      collection: 'webhooks',
      data: {
        name: unique('停用订阅'),
        url: receiver.url,
        secret: unique('secret-0123456789'),
        collections: ['disclosure-items'],
        active: false,
      },
      depth: 0,
    })
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '无人订阅', institution, theme })
    expect(await jobsOf(policiesOnly.id, item.id)).toEqual([])
    expect(await jobsOf(inactive.id, item.id)).toEqual([])
    await payload.delete({ collection: 'webhooks', id: policiesOnly.id })
    await payload.delete({ collection: 'webhooks', id: inactive.id })
    await receiver.close()
  })

  it('should let only admins and the disclosure office read and write webhooks', async () => {
    const office = await createUser(payload, { roles: ['disclosure-office'] })
    const editor = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    const data = {
      name: unique('订阅'),
      url: 'https://example.org/hook',
      secret: unique('secret-0123456789'),
      collections: ['disclosure-items'],
    }
    const created = await rest('POST', '/webhooks', { token: office.token, body: data })
    expect(created.status).toBe(201)
    expect((await rest('POST', '/webhooks', { token: editor.token, body: data })).status).toBe(403)
    expect((await rest('GET', `/webhooks/${created.json.doc.id}`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', `/webhooks/${created.json.doc.id}`)).status).toBe(403)
    expect((await rest('GET', '/webhook-deliveries', { token: editor.token })).status).toBe(403)
    const invalid = await rest('POST', '/webhooks', {
      token: office.token,
      body: { ...data, url: 'ftp://example.org' },
    })
    expect(invalid.status).toBe(400)
    await payload.delete({ collection: 'webhooks', id: created.json.doc.id })
  })
})

describe('webhook options', () => {
  it('should retry with exponential backoff as configured', () => {
    const task = payload.config.jobs.tasks!.find((candidate) => candidate.slug === 'deliverWebhook')!
    expect(task.retries).toEqual({
      attempts: portalOptions(payload).webhooks.retries,
      backoff: { type: 'exponential', delay: portalOptions(payload).webhooks.backoffMs },
    })
  })
})
