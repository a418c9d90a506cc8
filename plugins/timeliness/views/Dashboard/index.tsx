import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import type { ResolvedTimelinessOptions } from '../../types'

import { replyOutcomes } from '../../../disclosure-requests'
import { isOffice } from '../../access'
import { BarChart } from '../../components/charts/BarChart'
import { DASHBOARD_PATH, REPORT_PATH } from '../../constants'
import { say, textOf } from '../../labels'
import { reportQueryOf } from '../../period'
import { onTimeShares, publishedByMonth } from '../../report/figures'
import { loadLatePublisherReport } from '../../report/loadReport'
import { DAYS_LEFT_BUCKETS, loadRequestFigures } from '../../report/requests'

const cell = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '0.5em 0.7em',
  textAlign: 'start' as const,
}

const section = { marginTop: 'calc(var(--base) * 2)' }

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/**
 * Late items shown per institution, newest first: a year of a large catalogue can hold thousands, and the page
 * is an overview. The exported notice lists every one.
 */
const LATE_ROWS_SHOWN = 20

/**
 * 公开时效 (/admin/timeliness), for the disclosure office: charts of what was published per month and how much of
 * it within 20 working days, the requests by outcome and by days left, and the late-publisher list, all counted by
 * the same loaders as the report and its export (GET /api/timeliness/report).
 */
export const TimelinessDashboard = async ({
  initPageResult,
  params,
  searchParams,
  timelinessOptions: options,
}: AdminViewServerProps & { timelinessOptions: ResolvedTimelinessOptions }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${DASHBOARD_PATH}`)}`)
  const language = req.i18n.language
  const template = (children: React.ReactNode) => (
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
        <h1 style={{ margin: 'calc(var(--base) * 2) 0 var(--base)' }}>{say('dashboard', language)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!isOffice(options, req.user)) {
    return template(
      <p className="timeliness-refused">
        {language === 'en' ? 'For the disclosure office only.' : '仅公开办可以查看。'}
      </p>,
    )
  }
  let query
  try {
    query = reportQueryOf(
      { from: first(searchParams?.from), to: first(searchParams?.to), institution: first(searchParams?.institution) },
      { timeZone: options.timeZone },
    )
  } catch {
    // A hand-edited address with a malformed date: show the default period rather than an error page.
    query = reportQueryOf({}, { timeZone: options.timeZone })
  }
  const [report, requests, institutions] = await Promise.all([
    loadLatePublisherReport({ req, options, query, lateRowsPerInstitution: LATE_ROWS_SHOWN }),
    loadRequestFigures({ req, options, period: query, institution: query.institution }),
    req.payload.find({
      collection: options.institutionsCollection,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'name',
      req,
    }),
  ])
  // The filter's list already holds every institution's name: no second read for the charts' labels.
  const names = new Map(
    institutions.docs
      .map((doc): Record<string, unknown> => ({ ...doc }))
      .map((doc) => [Number(doc.id), String(doc.name ?? doc.id)]),
  )
  const nameOf = (id: number | null) => (id === null ? '—' : (names.get(id) ?? String(id)))
  const monthly = publishedByMonth(report.counts, query.from, query.to)
  const shares = onTimeShares(report.counts)
  const queryString = new URLSearchParams({
    from: query.from,
    to: query.to,
    ...(query.institution !== null ? { institution: String(query.institution) } : {}),
  }).toString()
  const columnLabel = (kind: string) => {
    const rule = options.columns.find((entry) => entry.kind === kind)
    return rule ? textOf(rule.label, language) : kind
  }
  const outcomeLabel = (value: string) => {
    const outcome = replyOutcomes.find((entry) => entry.value === value)
    return outcome ? (language === 'en' ? outcome.en : outcome.zh) : value
  }
  const bucketLabel = (bucket: (typeof DAYS_LEFT_BUCKETS)[number]) =>
    bucket === 'overdue'
      ? say('overdue', language)
      : bucket === 'paused'
        ? say('paused', language)
        : language === 'en'
          ? `${bucket} days`
          : `${bucket} 个工作日`

  return template(
    <div className="timeliness-dashboard">
      <form
        action={`${adminRoute}${DASHBOARD_PATH}`}
        method="get"
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'end' }}
      >
        <label>
          {say('from', language)}
          <input defaultValue={query.from} name="from" type="date" />
        </label>
        <label>
          {say('to', language)}
          <input defaultValue={query.to} name="to" type="date" />
        </label>
        <label>
          {say('institution', language)}
          <select defaultValue={query.institution ?? ''} name="institution">
            <option value="">{say('allInstitutions', language)}</option>
            {institutions.docs
              .map((doc): Record<string, unknown> => ({ ...doc }))
              .map((doc) => (
                <option key={String(doc.id)} value={String(doc.id)}>
                  {String(doc.name ?? doc.id)}
                </option>
              ))}
          </select>
        </label>
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          {say('apply', language)}
        </button>
        <a
          className="timeliness-download"
          data-format="pdf"
          download
          href={`${apiRoute}${REPORT_PATH}?${queryString}&format=pdf`}
        >
          {say('downloadPdf', language)}
        </a>
        <a
          className="timeliness-download"
          data-format="docx"
          download
          href={`${apiRoute}${REPORT_PATH}?${queryString}&format=docx`}
        >
          {say('downloadDocx', language)}
        </a>
      </form>

      <section style={section}>
        <h2>{say('publishedByMonth', language)}</h2>
        <BarChart
          id="published-by-month"
          isStacked
          labels={monthly.months}
          series={monthly.series.map((entry) => ({ name: nameOf(entry.institution), values: entry.counts }))}
          title={say('publishedByMonth', language)}
        />
      </section>

      <section style={section}>
        <h2>{say('onTimeShare', language)}</h2>
        <BarChart
          format={(value) => `${Math.round(value * 100)}%`}
          id="on-time-share"
          labels={shares.map((entry) => nameOf(entry.institution))}
          max={1}
          series={[{ name: say('onTime', language), values: shares.map((entry) => entry.share) }]}
          title={say('onTimeShare', language)}
        />
      </section>

      {requests ? (
        <section style={section}>
          <h2>{say('requestsByOutcome', language)}</h2>
          <BarChart
            id="requests-by-outcome"
            labels={requests.byOutcome.map((entry) => outcomeLabel(entry.outcome))}
            series={[
              { name: say('requestsByOutcome', language), values: requests.byOutcome.map((entry) => entry.count) },
            ]}
            title={say('requestsByOutcome', language)}
          />
          <h2>{say('requestsByDaysLeft', language)}</h2>
          <BarChart
            id="requests-by-days-left"
            labels={DAYS_LEFT_BUCKETS.map(bucketLabel)}
            series={[
              {
                name: say('requestsByDaysLeft', language),
                values: DAYS_LEFT_BUCKETS.map((bucket) => requests.byDaysLeft[bucket]),
              },
            ]}
            title={say('requestsByDaysLeft', language)}
          />
        </section>
      ) : null}

      <section className="timeliness-late-list" style={section}>
        <h2>{say('latePublishers', language)}</h2>
        {report.institutions.length === 0 ? <p>{say('noFindings', language)}</p> : null}
        {report.institutions.map((entry) => (
          <div data-institution={entry.institution} key={entry.institution}>
            <h3>{entry.name}</h3>
            {entry.latePublications.length > 0 ? (
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <caption style={{ textAlign: 'start' }}>{say('latePublications', language)}</caption>
                <thead>
                  <tr>
                    <th style={cell}>{say('title', language)}</th>
                    <th style={cell}>{say('dateMade', language)}</th>
                    <th style={cell}>{say('dueOn', language)}</th>
                    <th style={cell}>{say('publishedOn', language)}</th>
                    <th style={cell}>{say('workingDays', language)}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...entry.latePublications].reverse().map((row) => (
                    <tr className="timeliness-late-item" key={`${row.collection}:${row.id}`}>
                      <td style={cell}>
                        <Link href={`${adminRoute}/collections/${row.collection}/${row.id}`} prefetch={false}>
                          {row.title}
                        </Link>
                      </td>
                      <td style={cell}>{row.dateMade ?? '—'}</td>
                      <td style={cell}>{row.dueOn ?? '—'}</td>
                      <td style={cell}>{row.publishedOn}</td>
                      <td style={cell}>{row.workingDaysToPublish ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {entry.lateCount > entry.latePublications.length ? (
              <p className="timeliness-late-more">
                {say('moreInNotice', language)
                  .replace('{shown}', String(LATE_ROWS_SHOWN))
                  .replace('{total}', String(entry.lateCount))}
              </p>
            ) : null}
            {entry.staleColumns.length > 0 ? (
              <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: 'var(--base)' }}>
                <caption style={{ textAlign: 'start' }}>{say('staleColumns', language)}</caption>
                <thead>
                  <tr>
                    <th style={cell}>{say('column', language)}</th>
                    <th style={cell}>{say('lastPublishedOn', language)}</th>
                    <th style={cell}>{say('staleSince', language)}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.staleColumns.map((row) => (
                    <tr className="timeliness-stale-column" key={row.kind}>
                      <td style={cell}>{columnLabel(row.kind)}</td>
                      <td style={cell}>{row.lastPublishedOn}</td>
                      <td style={cell}>{row.staleSince}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ))}
      </section>
    </div>,
  )
}
