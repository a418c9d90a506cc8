import type { CollectionSlug, GlobalSlug } from 'payload'

import type { BilingualText } from '../../src/lib/platform/labels'
import type { Role } from '../../src/lib/platform/roles'

/** Where a catalogue collection keeps what the report shows. Every name is a top-level field. */
export type CatalogueFields = {
  /** The document's title. @default 'title' */
  title?: string
  /** The relationship to the publishing institution. @default 'institution' */
  institution?: string
  /** The day it was made or changed, shown beside the lateness; none: the creation counts. */
  dateMade?: string
  /** The genre relationship (into the categories collection) that column rules filter by. */
  genre?: string
}

/** How long a portal column may go without a new item before the national website check counts it stale. */
export type StaleAfter = { days: number } | { months: number }

/**
 * A portal column as the national check sees it (栏目): one kind of item of one institution. The report
 * lists each institution's columns whose newest item is older than `staleAfter`.
 */
export type ColumnRule = {
  /** A stable key: `news`, `notices`, `policies`. */
  kind: string
  label: BilingualText
  collection: CollectionSlug
  staleAfter: StaleAfter
  /** Only items whose genre has one of these codes (e.g. 通知, 公告, 通告). */
  includeGenres?: string[]
  /** Items whose genre has none of these codes (and items with no genre). */
  excludeGenres?: string[]
}

export type TimelinessOptions = {
  /**
   * The catalogue collections whose publication the workflow records (the `publication` group), with their fields.
   * @default disclosure-items (title, institution, dateMade, genre), policies (title, issuer, dateWritten), approval-services (name, institution)
   */
  collections?: Partial<Record<CollectionSlug, CatalogueFields>>
  /**
   * The columns of the national check (2019): news stale after 2 weeks, notices and policies after 6 months.
   * @default defaultColumns
   */
  columns?: ColumnRule[]
  /**
   * Who reads the report and the dashboard.
   * @default ['admin', 'disclosure-office']
   */
  officeRoles?: Role[]
  /** @default 'institutions' */
  institutionsCollection?: CollectionSlug
  /** The taxonomy the genre relationships point into, with its `code` field. @default 'categories' */
  categoriesCollection?: CollectionSlug
  /**
   * The disclosure requests, for the dashboard's request charts; left out when the collection is absent.
   * @default 'disclosure-requests'
   */
  requestsCollection?: CollectionSlug
  /**
   * The working-day calendar global (holidays, adjusted workdays), for the requests' days left.
   * @default 'workflow-calendar'
   */
  calendarGlobal?: GlobalSlug
  /**
   * The issuing office printed on the exported notice.
   * @default '政府信息公开工作主管部门'
   */
  issuer?: string
  /** @default 'Asia/Shanghai' */
  timeZone?: string
  /**
   * Keep nothing but the option's shape: no endpoint, no admin view (the plugin adds no schema).
   * @default false
   */
  disabled?: boolean
}

export type ResolvedCatalogueFields = Required<Pick<CatalogueFields, 'title' | 'institution'>> &
  Pick<CatalogueFields, 'dateMade' | 'genre'>

export type ResolvedTimelinessOptions = Required<Omit<TimelinessOptions, 'collections'>> & {
  collections: Array<{ slug: CollectionSlug; fields: ResolvedCatalogueFields }>
}
