import type { Config, Plugin } from 'payload'

import type { TimelinessOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { DASHBOARD_PATH } from './constants'
import { resolveOptions } from './defaults'
import { reportEndpoint } from './endpoints/report'

export type { ColumnRule, StaleAfter, TimelinessOptions } from './types'
export { defaultColumns } from './defaults'

/**
 * 公开时效 (Art. 26 and Art. 47): the late-publisher report — per institution and period, the items published more
 * than 20 working days after they were made or changed (as the workflow recorded at each publish) and the portal
 * columns not updated within the national check's limits — as JSON and as the notice in PDF and DOCX through the
 * bulletin's renderers, and the office's dashboard with its charts. Adds no schema; reads the `publication` group
 * workflowApproval() records, so it comes after it.
 */
export const timeliness =
  (pluginOptions: TimelinessOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config = placePlugin(incoming, {
      plugin: 'timeliness',
      collections: [
        ...options.collections.map((entry) => entry.slug),
        options.institutionsCollection,
        options.categoriesCollection,
      ],
      globals: [options.calendarGlobal],
      after: ['workflowApproval', 'bulletin'],
    })
    if (options.disabled) return config
    const admin = config.admin ?? {}
    const serverProps = { timelinessOptions: options }
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), reportEndpoint(options)],
      admin: {
        ...admin,
        components: {
          ...admin.components,
          beforeNavLinks: [
            ...(admin.components?.beforeNavLinks ?? []),
            { path: '/plugins/timeliness/components/NavLink#TimelinessNav', serverProps },
          ],
          views: {
            ...admin.components?.views,
            timeliness: {
              Component: { path: '/plugins/timeliness/views/Dashboard#TimelinessDashboard', serverProps },
              path: DASHBOARD_PATH,
              exact: true,
              meta: { title: '公开时效 / Timeliness' },
            },
          },
        },
      },
    }
  }
