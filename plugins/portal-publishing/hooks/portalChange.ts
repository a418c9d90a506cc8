import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import crypto from 'node:crypto'

import type { PortalEventType, ResolvedPortalOptions } from '../types'
import type { PortalEvent } from '../webhooks/event'

import { afterCommit } from '../../../src/lib/platform/database/afterCommit'
import { tableOf } from '../../../src/lib/platform/database/tables'
import { transactionOf } from '../../../src/lib/platform/database/transaction'
import { tagsForDocument } from '../cacheTags'
import { DELIVER_TASK, WEBHOOKS_SLUG } from '../defaults'

type PortalChange = {
  type: PortalEventType
  collection: CollectionSlug
  id: number | string
  /** The document as the portal shows it now (published, updated), or as it was (withdrawn, deleted). */
  doc: Record<string, unknown>
  /** The institutions before and after: both institutions' pages list the document or did. */
  institutions: unknown[]
}

const stringOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null)

const eventOf = (options: ResolvedPortalOptions, change: PortalChange): PortalEvent => {
  const fields = options.fieldsOf(change.collection)
  const isGone = change.type === 'withdrawn' || change.type === 'deleted'
  return {
    id: crypto.randomUUID(),
    type: change.type,
    occurredAt: new Date().toISOString(),
    collection: change.collection,
    document: {
      id: String(change.id),
      title: stringOrNull(change.doc[fields.title]),
      url: isGone ? null : options.itemPath({ collection: change.collection, doc: change.doc }),
      indexNumber: fields.indexNumber ? stringOrNull(change.doc[fields.indexNumber]) : null,
      documentNumber: fields.documentNumber ? stringOrNull(change.doc[fields.documentNumber]) : null,
    },
  }
}

/**
 * Queues one delivery per active subscriber of the collection, in the publishing transaction: a publish
 * that rolls back notifies nobody, and no receiver is called while the publish request waits.
 */
const queueDeliveries = async (req: PayloadRequest, options: ResolvedPortalOptions, event: PortalEvent) => {
  // Only the subscribers' ids, in one lean statement: every publish asks, and most find none.
  const webhooks = tableOf(req, WEBHOOKS_SLUG)
  const subscriptions = tableOf(req, `${WEBHOOKS_SLUG}_collections`)
  const db = await transactionOf(req)
  const { rows } = await db.execute(sql`
    select ${webhooks.id} as "id" from ${webhooks}
    where ${webhooks.active} and exists (
      select from ${subscriptions}
      where ${subscriptions.parent} = ${webhooks.id} and ${subscriptions.value}::text = ${event.collection})
    order by ${webhooks.id}`)
  for (const webhook of rows as Array<{ id: number }>) {
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      queue: options.queue,
      input: { webhook: webhook.id, event },
      req,
    })
  }
}

/** Tells the portal's cache and the subscribers that a document appeared, changed or disappeared. */
export const announcePortalChange = async (
  req: PayloadRequest,
  options: ResolvedPortalOptions,
  change: PortalChange,
) => {
  await queueDeliveries(req, options, eventOf(options, change))
  const tags = tagsForDocument({
    collection: change.collection,
    id: change.id,
    institutions: change.institutions,
  })
  // After the commit, so no page re-renders from the old data in between; a failure is logged, and the
  // publish stands (the page is stale until its time runs out).
  await afterCommit(req, async () => options.revalidate(tags, { payload: req.payload }))
}
