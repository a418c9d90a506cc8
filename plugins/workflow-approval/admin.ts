import type { CollectionConfig, Config, Field } from 'payload'

import type { ResolvedWorkflowOptions } from './types'

import { bilingual } from '../../src/lib/platform/labels'
import { STAGE_FIELD } from './constants'

const components = '/plugins/workflow-approval/components'

export const TODO_VIEW_PATH = '/todo'

/**
 * A UI field (no column, so the schema is the same with or without it) showing the deadline and history,
 * its times in the plugin's time zone (the browser's may differ).
 */
const panelField = (timeZone: string): Field => ({
  name: 'workflowPanel',
  type: 'ui',
  label: bilingual('审核进度', 'Workflow progress'),
  admin: {
    position: 'sidebar',
    // The panel reads the edit view's document; a list column of it would stay empty.
    disableListColumn: true,
    components: {
      Field: { path: `${components}/WorkflowPanel/index.client#WorkflowPanel`, clientProps: { timeZone } },
    },
  },
})

/**
 * The stage field gets the badge as its list cell and edit-view field, and the panel right after it
 * in the sidebar; the other fields are untouched.
 */
const withStageComponents = (fields: Field[], timeZone: string): Field[] =>
  fields.flatMap((field) =>
    'name' in field && field.name === STAGE_FIELD && field.type === 'select'
      ? [
          {
            ...field,
            admin: {
              ...field.admin,
              components: {
                ...field.admin?.components,
                Cell: `${components}/StageCell/index.client#StageCell`,
                // The label goes as a client prop: Payload hands a custom field its label from a schema map
                // cached in the first language served.
                Field: {
                  path: `${components}/StageField/index.client#StageField`,
                  clientProps: { label: field.label },
                },
              },
            },
          },
          panelField(timeZone),
        ]
      : [field],
  )

/**
 * Where the admin UI attaches to a controlled collection: the stage badge (list column, filterable, and
 * the edit view), the action buttons beside the document controls, the deadline and history panel,
 * and no Publish, Unpublish or bulk-publish controls, since only the final approval publishes.
 * Called for every controlled collection, also when the plugin is disabled; then it changes nothing
 * (Payload's own publishing is what a disabled workflow leaves in place).
 */
export const withWorkflowAdmin = (collection: CollectionConfig, options: ResolvedWorkflowOptions): CollectionConfig => {
  if (options.disabled) return collection
  const admin = collection.admin ?? {}
  const defaultColumns = admin.defaultColumns
  return {
    ...collection,
    fields: withStageComponents(collection.fields, options.timeZone),
    // Hides the list's bulk edit with its bulk Publish and Unpublish. Only the admin reads this flag
    // (Payload 3.90 does not enforce it in the API, where the workflow's guard refuses them instead).
    disableBulkEdit: true,
    admin: {
      ...admin,
      // Second, after the title: the stage says more than Payload's draft/published status, which it replaces.
      defaultColumns:
        defaultColumns && !defaultColumns.includes(STAGE_FIELD)
          ? [
              ...defaultColumns.slice(0, 1),
              STAGE_FIELD,
              ...defaultColumns.slice(1).filter((column) => column !== '_status'),
            ]
          : defaultColumns,
      components: {
        ...admin.components,
        edit: {
          ...admin.components?.edit,
          beforeDocumentControls: [
            `${components}/WorkflowActions/index.client#WorkflowActions`,
            ...(admin.components?.edit?.beforeDocumentControls ?? []),
          ],
          PublishButton: `${components}/NoPublishButton#NoPublishButton`,
          UnpublishButton: `${components}/NoPublishButton#NoPublishButton`,
        },
      },
    },
  }
}

/** The 待办 (to-do) view at /admin/todo and its link at the top of the navigation. */
export const withWorkflowAdminViews = (config: Config, options: ResolvedWorkflowOptions): Config => {
  if (options.disabled) return config
  const admin = config.admin ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        beforeNavLinks: [
          `${components}/TodoNavLink/index.client#TodoNavLink`,
          ...(admin.components?.beforeNavLinks ?? []),
        ],
        views: {
          ...admin.components?.views,
          workflowTodo: {
            Component: {
              path: '/plugins/workflow-approval/views/TodoView#TodoView',
              serverProps: { workflowOptions: options },
            },
            path: TODO_VIEW_PATH,
            exact: true,
            meta: { title: '待办 / To-do' },
          },
        },
      },
    },
  }
}
