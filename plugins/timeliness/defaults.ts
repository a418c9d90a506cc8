import type { CollectionSlug } from 'payload'

import type { CatalogueFields, ColumnRule, ResolvedTimelinessOptions, TimelinessOptions } from './types'

import { DEFAULT_TIME_ZONE } from '../../src/lib/platform/dates'
import { bilingual } from '../../src/lib/platform/labels'

/** 通知 (G08), 公告 (G05), 通告 (G06): the genres of the 通知公告 column. */
export const NOTICE_GENRES = ['G05', 'G06', 'G08']

/** The columns the 2019 national check names: 动态 2 weeks; 通知公告 and 政策文件 6 months. */
export const defaultColumns: ColumnRule[] = [
  {
    kind: 'news',
    label: bilingual('工作动态', 'News'),
    collection: 'disclosure-items',
    staleAfter: { days: 14 },
    excludeGenres: NOTICE_GENRES,
  },
  {
    kind: 'notices',
    label: bilingual('通知公告', 'Notices'),
    collection: 'disclosure-items',
    staleAfter: { months: 6 },
    includeGenres: NOTICE_GENRES,
  },
  {
    kind: 'policies',
    label: bilingual('政策文件', 'Policies'),
    collection: 'policies',
    staleAfter: { months: 6 },
  },
]

const defaultCollections: Partial<Record<CollectionSlug, CatalogueFields>> = {
  'disclosure-items': { title: 'title', institution: 'institution', dateMade: 'dateMade', genre: 'genre' },
  policies: { title: 'title', institution: 'issuer', dateMade: 'dateWritten' },
  'approval-services': { title: 'name', institution: 'institution' },
}

export const resolveOptions = (options: TimelinessOptions): ResolvedTimelinessOptions => ({
  collections: Object.entries(options.collections ?? defaultCollections).map(([slug, fields]) => ({
    slug: slug as CollectionSlug,
    fields: { ...fields, title: fields?.title ?? 'title', institution: fields?.institution ?? 'institution' },
  })),
  columns: options.columns ?? defaultColumns,
  officeRoles: options.officeRoles ?? ['admin', 'disclosure-office'],
  institutionsCollection: options.institutionsCollection ?? 'institutions',
  categoriesCollection: options.categoriesCollection ?? 'categories',
  requestsCollection: options.requestsCollection ?? 'disclosure-requests',
  calendarGlobal: options.calendarGlobal ?? 'workflow-calendar',
  issuer: options.issuer ?? '政府信息公开工作主管部门',
  timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  disabled: options.disabled ?? false,
})
