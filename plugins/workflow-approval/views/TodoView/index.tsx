import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import type { ResolvedWorkflowOptions } from '../../types'

import { isKeyOf } from '../../../../src/lib/platform/slugs'
import { say, textOf } from '../../components/shared/labels'
import { OverdueMark } from '../../components/shared/OverdueMark'
import { StageBadge } from '../../components/StageBadge'
import { collectionConfigOf } from '../../resolveWorkflow'
import { toLocalDate } from '../../workingDays'
import { byUrgency, todoRowsOf } from './todoRows'

/** Rows per page of the merged, sorted list. */
const PAGE_SIZE = 50

const pageOf = (value: unknown) => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}

const cell = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '0.6em 0.8em',
  textAlign: 'start' as const,
}

/**
 * 待办 (/admin/todo): what waits for the signed-in user across the workflow-controlled collections —
 * documents in a stage where the user may act, the user's drafts that were sent back (with the
 * reason), and for the office and admins the documents nobody can act on — sorted by urgency, paged.
 */
export const TodoView = async ({
  initPageResult,
  params,
  searchParams,
  workflowOptions,
}: AdminViewServerProps & { workflowOptions: ResolvedWorkflowOptions }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/todo`)}`)
  const language = req.i18n.language
  const collections = visibleEntities.collections.filter((slug) => isKeyOf(workflowOptions.collections, slug))
  const rows = (
    await Promise.all(collections.map((collection) => todoRowsOf({ req, options: workflowOptions, collection })))
  )
    .flat()
    .sort(byUrgency)
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const page = Math.min(pageOf(searchParams?.page), pageCount)
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  const collectionLabel = (slug: CollectionSlug) =>
    getTranslation(collectionConfigOf(req.payload, slug)?.labels.singular ?? slug, req.i18n)
  const pageLink = (target: number) => `${adminRoute}/todo?page=${target}`

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
              {shown.map((row) => (
                <tr
                  data-collection={row.collection}
                  data-id={String(row.id)}
                  data-stranded={row.isStranded}
                  key={`${row.collection}:${row.id}`}
                >
                  <td style={cell}>
                    <Link href={`${adminRoute}/collections/${row.collection}/${row.id}`} prefetch={false}>
                      {row.title}
                    </Link>
                    {row.sentBackReason ? (
                      <div
                        className="workflow-todo-reason"
                        style={{ color: 'var(--theme-elevation-600)', fontSize: '0.9em' }}
                      >
                        {`${say('sentBackReason', language)}：${row.sentBackReason}`}
                      </div>
                    ) : null}
                  </td>
                  <td style={cell}>{collectionLabel(row.collection)}</td>
                  <td style={cell}>
                    <StageBadge slug={row.stage.slug} text={textOf(row.stage.label, language)} />
                    {row.isStranded ? (
                      <strong
                        className="workflow-todo-stranded"
                        style={{ color: 'var(--theme-error-500)', marginInlineStart: '0.5em' }}
                        title={say('strandedHelp', language)}
                      >
                        {say('stranded', language)}
                      </strong>
                    ) : null}
                  </td>
                  <td style={cell}>
                    {row.dueDate ?? '—'}
                    {row.isOverdue ? <OverdueMark language={language} beside /> : null}
                  </td>
                  <td style={cell}>{row.updatedAt ? toLocalDate(row.updatedAt, workflowOptions.timeZone) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pageCount > 1 ? (
          <nav
            aria-label={say('todo', language)}
            className="workflow-todo-pages"
            style={{ display: 'flex', gap: 'var(--base)', marginTop: 'var(--base)' }}
          >
            {page > 1 ? (
              <Link href={pageLink(page - 1)} prefetch={false} rel="prev">
                {say('previousPage', language)}
              </Link>
            ) : null}
            <span>
              {language === 'en'
                ? `Page ${page} of ${pageCount} (${rows.length})`
                : `第 ${page} 页，共 ${pageCount} 页（${rows.length} 条）`}
            </span>
            {page < pageCount ? (
              <Link href={pageLink(page + 1)} prefetch={false} rel="next">
                {say('nextPage', language)}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
