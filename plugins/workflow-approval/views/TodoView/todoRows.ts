import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { ResolvedWorkflowOptions, WorkflowStageConfig } from '../../types'

import { asDocumentRecord } from '../../../../src/lib/platform/documentRecord'
import { isAllInstitutionUser } from '../../../../src/lib/platform/roles'
import { workingCalendarOf } from '../../../../src/lib/platform/workingCalendar'
import { CALENDAR_SLUG, EVENTS_SLUG, STAGE_FIELD } from '../../constants'
import { deadlineStartOf } from '../../deadlineStart'
import { collectionConfigOf, fieldNamesOf, institutionIdOf, workflowFor } from '../../resolveWorkflow'
import { isStranded } from '../../staffing'
import { canActIn, stageOf } from '../../workflow'
import { disclosureDueDate, isPastDue } from '../../workingDays'
import { firstStageSlugs, waitingStageSlugs } from './todoStages'

type Doc = Record<string, unknown> & { id: number | string }

export type TodoRow = {
  collection: CollectionSlug
  id: number | string
  title: string
  stage: WorkflowStageConfig
  dueDate: string | null
  isOverdue: boolean
  updatedAt: string | null
  /** Why a reviewer sent the draft back (the newest send-back's comment). */
  sentBackReason: string | null
  /** Nobody may act in its stage: shown to the office and admins, who may act in their place. */
  isStranded: boolean
}

type Event = { documentId?: string; action?: string; comment?: string | null }

/** The newest audit record of each document, as far as the user may read the log. */
const latestEvents = async ({
  req,
  collection,
  where,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  where: Where
}) => {
  const { docs } = await req.payload.find({
    collection: EVENTS_SLUG,
    where: { and: [{ documentCollection: { equals: collection } }, where] },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: { documentId: true, action: true, comment: true },
  })
  const latest = new Map<string, Event>()
  for (const event of docs as Event[])
    if (!latest.has(String(event.documentId))) latest.set(String(event.documentId), event)
  return latest
}

/**
 * Everything waiting for the user in one collection, unpaged (the view pages the merged list): documents
 * in a stage where the user may act, the user's drafts whose last step was a send-back (with the
 * reason), and, for the office and admins, documents stranded in a stage nobody may act in.
 */
export const todoRowsOf = async ({
  req,
  options,
  collection,
}: {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: CollectionSlug
}): Promise<TodoRow[]> => {
  const config = collectionConfigOf(req.payload, collection)
  if (!config) return []
  const sentBackIds = [...(await latestEvents({ req, collection, where: { action: { equals: 'sendBack' } } })).keys()]
  const or: Where[] = [{ [STAGE_FIELD]: { in: waitingStageSlugs(options, collection) } }]
  if (sentBackIds.length > 0)
    or.push({ and: [{ [STAGE_FIELD]: { in: firstStageSlugs(options, collection) } }, { id: { in: sentBackIds } }] })
  const titleField = config.admin.useAsTitle ?? 'id'
  const deadlineField = options.deadlineFrom[collection]
  const fields = fieldNamesOf(req.payload, collection)
  const select = Object.fromEntries(
    [
      titleField,
      options.institutionFieldOf(collection),
      STAGE_FIELD,
      deadlineField,
      'disclosureMethod',
      'updatedAt',
      'createdAt',
    ]
      .filter(
        (name): name is string => Boolean(name) && (fields.has(name!) || name === 'updatedAt' || name === 'createdAt'),
      )
      .map((name) => [name, true]),
  )
  const { docs } = await req.payload.find({
    collection,
    where: { or },
    draft: true,
    depth: 0,
    pagination: false,
    sort: '-updatedAt',
    overrideAccess: false,
    user: req.user,
    req,
    select,
  })
  const calendar = await workingCalendarOf({ payload: req.payload, slug: CALENDAR_SLUG, timeZone: options.timeZone })
  const isOffice = isAllInstitutionUser(req.user)
  const strandedByKey = new Map<string, Promise<boolean>>()
  const candidates = await Promise.all(
    docs.map(asDocumentRecord).map(async (doc: Doc) => {
      const institutionId = institutionIdOf(options, collection, doc)
      const workflow = workflowFor(options, collection, institutionId)
      const stage = stageOf(workflow, doc[STAGE_FIELD])
      if (canActIn({ stage, user: req.user, institutionId })) return { doc, stage, isStranded: false }
      if (!isOffice) return undefined
      // One staffing query per (workflow, stage, institution), however many documents wait there.
      const key = `${workflow.slug}:${stage.slug}:${String(institutionId)}`
      if (!strandedByKey.has(key)) strandedByKey.set(key, isStranded({ req, workflow, stage, institutionId }))
      return (await strandedByKey.get(key)) ? { doc, stage, isStranded: true } : undefined
    }),
  )
  const rows = candidates.filter((candidate) => candidate !== undefined)
  const firstStages = new Set(firstStageSlugs(options, collection))
  const draftIds = rows.filter(({ stage }) => firstStages.has(stage.slug)).map(({ doc }) => String(doc.id))
  const latest =
    draftIds.length > 0
      ? await latestEvents({ req, collection, where: { documentId: { in: draftIds } } })
      : new Map<string, Event>()
  return rows.flatMap(({ doc, stage, isStranded: stranded }) => {
    let sentBackReason: string | null = null
    if (firstStages.has(stage.slug)) {
      // A draft is a to-do only while a send-back is its last step (not once it was edited back to draft).
      const event = latest.get(String(doc.id))
      if (event?.action !== 'sendBack') return []
      sentBackReason = event.comment ?? null
    }
    const from = deadlineStartOf({ options, collection, doc })
    const dueDate =
      from !== null
        ? disclosureDueDate({ dateMade: from, calendar, timeZone: options.timeZone, days: options.deadlineWorkingDays })
        : null
    return [
      {
        collection,
        id: doc.id,
        title: String(doc[titleField] ?? doc.id),
        stage,
        dueDate,
        isOverdue: dueDate !== null && isPastDue({ dueDate, timeZone: options.timeZone }),
        updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
        sentBackReason,
        isStranded: stranded,
      },
    ]
  })
}

/** Stranded first (nobody else will act), then overdue, then the nearest deadline, then the rest. */
export const byUrgency = (a: TodoRow, b: TodoRow) =>
  Number(b.isStranded) - Number(a.isStranded) ||
  Number(b.isOverdue) - Number(a.isOverdue) ||
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
  a.title.localeCompare(b.title)
