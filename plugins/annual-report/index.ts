import type { CollectionConfig, Config, Plugin } from 'payload'

import type { AnnualReportOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { annualReportsCollection } from './collections/annualReports'
import { resolveOptions } from './defaults'
import { downloadEndpoints } from './endpoints/download'
import { recomputeEndpoint } from './endpoints/recompute'

export type { AnnualReportOptions } from './types'
export type { ReportSnapshot } from './snapshot'
export type { Table3, Table3Column, Table3Row } from './tables/table3'
export type { Table2Documents } from './tables/table2'
export { ANNUAL_REPORTS_SLUG } from './defaults'
export { table3Columns, table3Rows } from './tables/table3'

/**
 * 政府信息公开工作年度报告 (Art. 49/50): a report per year and institution, or for the whole government, in the
 * national 2021 format; tables 二 and 三 computed from the policies and the disclosure requests, the balance of
 * table 三 enforced, exported as PDF and DOCX through the bulletin's renderers. Needs the institutions, policies and
 * requests collections before it; place it before catalogueNumbering() and workflowApproval(), which number it and
 * give it its review chain.
 */
export const annualReport =
  (pluginOptions: AnnualReportOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'annualReport',
      // Not the requests collection: it is only read when a report is computed, and its plugin may come later.
      collections: [options.institutionsCollection, options.policiesCollection],
      before: ['catalogueNumbering', 'workflowApproval', 'readerLanguage'],
    })
    const reports = annualReportsCollection(options)
    const withBehaviour: CollectionConfig = options.disabled
      ? reports
      : { ...reports, endpoints: [recomputeEndpoint(options), ...downloadEndpoints(options)] }
    return { ...config, collections: [...(config.collections ?? []), withBehaviour] }
  }
export type { StoredReport } from './render/printableReport'
export { printableReport } from './render/printableReport'
