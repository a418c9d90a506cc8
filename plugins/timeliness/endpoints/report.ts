import type { Endpoint, PayloadHandler } from 'payload'

import type { NoticeFormat } from '../export/notice'
import type { ResolvedTimelinessOptions } from '../types'

import { localDay } from '../../../src/lib/platform/dates'
import { bilingualMessage } from '../../../src/lib/platform/i18n/messages'
import { bilingualSummary, documented, queryParameter, refusals, SIGNED_IN } from '../../../src/lib/platform/openApi'
import { refusalResponse } from '../../../src/lib/platform/refusalResponse'
import { isOffice } from '../access'
import { REPORT_PATH } from '../constants'
import { TimelinessError } from '../errors'
import { NOTICE_MIME_TYPES, noticeOf, renderNotice } from '../export/notice'
import { reportQueryOf } from '../period'
import { loadLatePublisherReport } from '../report/loadReport'

const OFFICE_ONLY = bilingualMessage(
  '仅公开办可以查看公开时效报告',
  'only the disclosure office may read the timeliness report',
)

const formats = ['json', 'pdf', 'docx'] as const

const formatOf = (value: unknown): (typeof formats)[number] => {
  if (value === undefined || value === '') return 'json'
  if (typeof value === 'string' && (formats as readonly string[]).includes(value))
    return value as (typeof formats)[number]
  throw new TimelinessError({
    status: 400,
    field: 'format',
    message: bilingualMessage('format：须为 json、pdf 或 docx', 'format: must be json, pdf or docx'),
  })
}

const report =
  (options: ResolvedTimelinessOptions): PayloadHandler =>
  async (req) => {
    try {
      if (!req.user) throw new TimelinessError({ status: 401, message: OFFICE_ONLY })
      if (!isOffice(options, req.user)) throw new TimelinessError({ status: 403, message: OFFICE_ONLY })
      const query = (req.query ?? {}) as Record<string, unknown>
      const format = formatOf(query.format)
      const reportQuery = reportQueryOf(query, { timeZone: options.timeZone })
      const loaded = await loadLatePublisherReport({ req, options, query: reportQuery })
      if (format === 'json') return Response.json(loaded, { headers: { 'Cache-Control': 'private, no-store' } })
      const today = localDay(new Date(), options.timeZone)
      const file = await renderNotice(noticeOf({ report: loaded, options, today }), format as NoticeFormat)
      const filename = `公开时效通报-${reportQuery.from}-${reportQuery.to}.${format}`
      return new Response(new Uint8Array(file), {
        headers: {
          'Content-Type': NOTICE_MIME_TYPES[format as NoticeFormat],
          'Content-Disposition': `attachment; filename="timeliness-${reportQuery.from}-${reportQuery.to}.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          'Cache-Control': 'private, no-store',
        },
      })
    } catch (err) {
      return refusalResponse(err)
    }
  }

const publicationSchema = {
  type: 'object',
  properties: {
    collection: { type: 'string' },
    id: { type: ['integer', 'string'] },
    title: { type: 'string' },
    institution: { type: ['integer', 'null'] },
    dateMade: { type: ['string', 'null'], format: 'date' },
    publishedOn: { type: 'string', format: 'date' },
    dueOn: { type: ['string', 'null'], format: 'date' },
    workingDaysToPublish: { type: ['integer', 'null'] },
    isLate: { type: 'boolean' },
  },
}

const reportSchema = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    institution: { type: ['integer', 'null'] },
    counts: {
      type: 'array',
      description: 'The period’s publications by institution and month / 按机构和月份统计的发布数',
      items: {
        type: 'object',
        properties: {
          institution: { type: ['integer', 'null'] },
          month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
          published: { type: 'integer' },
          withDeadline: { type: 'integer' },
          onTime: { type: 'integer' },
          late: { type: 'integer' },
        },
      },
    },
    institutions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          institution: { type: 'integer' },
          name: { type: 'string' },
          lateCount: {
            type: 'integer',
            description: 'How many it published late in the period (every one is listed).',
          },
          latePublications: { type: 'array', items: publicationSchema },
          staleColumns: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                institution: { type: 'integer' },
                kind: { type: 'string' },
                lastPublishedOn: { type: 'string', format: 'date' },
                staleSince: { type: 'string', format: 'date' },
              },
            },
          },
        },
      },
    },
  },
}

/** `GET /api/timeliness/report`: the late-publisher report (Art. 47) as JSON, or the notice as PDF or DOCX. */
export const reportEndpoint = (options: ResolvedTimelinessOptions): Endpoint =>
  documented(
    { path: REPORT_PATH, method: 'get', handler: report(options) },
    {
      operationId: 'timeliness-report',
      tags: ['timeliness'],
      summary: bilingualSummary(
        '公开时效报告（逾期公开与栏目更新）',
        'Late-publisher report (late items, stale columns)',
      ),
      description:
        'Per institution: items published more than 20 working days after they were made or changed, and portal columns not updated within the national check’s limits (news 2 weeks; notices and policies 6 months). The disclosure office only. / 各机构逾期公开的信息和更新不及时的栏目，仅公开办可查看。',
      parameters: [
        queryParameter(
          'from',
          { type: 'string', format: 'date' },
          'First day (default: 1 January of this year) / 起始日期',
        ),
        queryParameter(
          'to',
          { type: 'string', format: 'date' },
          'Last day, also the day columns are judged on (default: today) / 结束日期',
        ),
        queryParameter('institution', { type: 'integer' }, 'One institution (default: all) / 机构'),
        queryParameter(
          'format',
          { type: 'string', enum: [...formats] },
          'json (default), pdf or docx (the Art. 47 notice) / 格式',
        ),
      ],
      security: SIGNED_IN,
      responses: {
        200: {
          description: 'The report (JSON), or the notice file / 报告或通报文件',
          content: {
            'application/json': { schema: reportSchema },
            [NOTICE_MIME_TYPES.pdf]: { schema: { type: 'string', contentMediaType: NOTICE_MIME_TYPES.pdf } },
            [NOTICE_MIME_TYPES.docx]: { schema: { type: 'string', contentMediaType: NOTICE_MIME_TYPES.docx } },
          },
        },
        ...refusals({
          400: 'A malformed parameter, named / 参数有误',
          401: 'Not signed in / 未登录',
          403: 'Not the disclosure office / 非公开办',
        }),
      },
    },
    {
      name: 'timeliness',
      description:
        '公开时效：逾期公开与栏目更新情况（条例第二十六条、第四十七条）。 / Timeliness of disclosure (Art. 26, 47).',
    },
  )
