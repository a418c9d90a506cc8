import type { AdminViewServerProps, Payload, PayloadRequest, Where } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import type { ResolvedWorkflowOptions } from '../../types'

import { CALENDAR_SLUG, EVENTS_SLUG, STAGE_FIELD } from '../../defaults'
import { collectionConfigOf, institutionIdOf, workflowFor } from '../../resolveWorkflow'
import { canActIn, stageOf } from '../../workflow'
import { disclosureDueDate, isPastDue, toLocalDate } from '../../workingDays'
import { say, textOf } from '../../components/shared/labels'
import { StageBadge } from '../../components/StageBadge'
import { firstStageSlugs, waitingStageSlugs } from './todoStages'

type Doc = Record<string, unknown> & { id: number | string }

type Row = { collection: string; collectionLabel: string; doc: Doc; title: string; stageSlug: string; stageText: string; dueDate: string | null; isOverdue: boolean }

const PER_COLLECTION = 200

type CalendarDoc = { holidays?: Array<{ date: string }> | null; adjustedWorkdays?: Array<{ date: string }> | null }

const calendarOf = async (payload: Payload, timeZone: string) => {
  const global = (await payload.findGlobal({ slug: CALENDAR_SLUG as never, depth: 0 })) as CalendarDoc
  const days = (list: CalendarDoc['holidays']) => (list ?? []).map((entry) => toLocalDate(entry.date, timeZone))
  return { holidays: days(global.holidays), adjustedWorkdays: days(global.adjustedWorkdays) }
}

/** Drafts the user may resubmit that a reviewer sent back (the events say which). */
const sentBackIds = async (req: PayloadRequest, collection: string): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: EVENTS_SLUG as never,
    where: { and: [{ documentCollection: { equals: collection } }, { action: { equals: 'sendBack' } }] },
    sort: '-createdAt',
    limit: PER_COLLECTION,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return [...new Set((docs as Array<{ documentId?: string }>).map((event) => String(event.documentId)))]
}

const rowsOf = async ({ req, options, collection, language }: { req: PayloadRequest; options: ResolvedWorkflowOptions; collection: string; language: string }): Promise<Row[]> => {
  const config = collectionConfigOf(req.payload, collection)
  if (!config) return []
  const sentBack = await sentBackIds(req, collection)
  const or: Where[] = [{ [STAGE_FIELD]: { in: waitingStageSlugs(options, collection) } }]
  if (sentBack.length > 0) or.push({ and: [{ [STAGE_FIELD]: { in: firstStageSlugs(options, collection) } }, { id: { in: sentBack } }] })
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { or },
    draft: true,
    depth: 0,
    limit: PER_COLLECTION,
    sort: '-updatedAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const calendar = await calendarOf(req.payload, options.timeZone)
  const titleField = config.admin.useAsTitle ?? 'id'
  return (docs as Doc[]).flatMap((doc) => {
    const institutionId = institutionIdOf(options, collection, doc)
    const workflow = workflowFor(options, collection, institutionId)
    const stage = stageOf(workflow, doc[STAGE_FIELD])
    if (!canActIn({ stage, user: req.user, institutionId })) return []
    const deadlineField = options.deadlineFrom[collection as never]
    const from = (deadlineField ? doc[deadlineField] : undefined) ?? doc.createdAt
    const isProactive = !('disclosureMethod' in doc) || doc.disclosureMethod === 'proactive'
    const dueDate = isProactive && typeof from === 'string' ? disclosureDueDate({ dateMade: from, calendar, timeZone: options.timeZone, days: options.deadlineWorkingDays }) : null
    return [
      {
        collection,
        collectionLabel: textOf(config.labels.singular as never, language),
        doc,
        title: String(doc[titleField] ?? doc.id),
        stageSlug: stage.slug,
        stageText: textOf(stage.label, language),
        dueDate,
        isOverdue: dueDate !== null && isPastDue({ dueDate, timeZone: options.timeZone }),
      },
    ]
  })
}

/** Overdue first, then the nearest deadline, then the rest. */
const byUrgency = (a: Row, b: Row) =>
  Number(b.isOverdue) - Number(a.isOverdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title)

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.6em 0.8em', textAlign: 'start' as const }

/**
 * 待办 (/admin/todo): what waits for the signed-in user across the workflow-controlled collections —
 * documents in a stage where the user may act, and the user's drafts that were sent back.
 */
export const TodoView = async ({ initPageResult, params, searchParams, workflowOptions }: AdminViewServerProps & { workflowOptions: ResolvedWorkflowOptions }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/todo`)}`)
  const language = req.i18n.language
  const collections = Object.keys(workflowOptions.collections).filter((slug) => visibleEntities.collections.includes(slug as never))
  const rows = (await Promise.all(collections.map((collection) => rowsOf({ req, options: workflowOptions, collection, language })))).flat().sort(byUrgency)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 2) 0 var(--base)' }}>{say('todo', language)}</h1>
        {rows.length === 0 ? (
          <p className="workflow-todo-empty">{say('todoEmpty', language)}</p>
        ) : (
          <table className="workflow-todo" style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{say('title', language)}</th>
                <th style={cell}>{say('collection', language)}</th>
                <th style={cell}>{say('stage', language)}</th>
                <th style={cell}>{say('dueDate', language)}</th>
                <th style={cell}>{say('updatedAt', language)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr data-collection={row.collection} data-id={String(row.doc.id)} key={`${row.collection}:${row.doc.id}`}>
                  <td style={cell}>
                    <Link href={`${adminRoute}/collections/${row.collection}/${row.doc.id}`} prefetch={false}>
                      {row.title}
                    </Link>
                  </td>
                  <td style={cell}>{row.collectionLabel}</td>
                  <td style={cell}>
                    <StageBadge slug={row.stageSlug} text={row.stageText} />
                  </td>
                  <td style={cell}>
                    {row.dueDate ?? '—'}
                    {row.isOverdue ? <strong className="workflow-overdue" style={{ color: 'var(--theme-error-500)', marginInlineStart: '0.5em' }}>{say('overdue', language)}</strong> : null}
                  </td>
                  <td style={cell}>{typeof row.doc.updatedAt === 'string' ? toLocalDate(row.doc.updatedAt, workflowOptions.timeZone) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
