import type { GlobalConfig } from 'payload'

import { dayAndTime } from '../../../src/lib/platform/dates'
import { hasRole } from '../../../src/lib/platform/roles'
import { SETTINGS_SLUG } from '../defaults'
import { patternField } from '../fields/patternField'

/** The office-wide default pattern and the state of the backfill task. */
export const settingsGlobal = ({
  defaultPattern,
  isEnabled,
}: {
  defaultPattern: string
  isEnabled: boolean
}): GlobalConfig => ({
  slug: SETTINGS_SLUG,
  label: { zh: '索引号设置', en: 'Index-number settings' },
  admin: { group: { zh: '公开目录', en: 'Catalogue' } },
  access: {
    read: ({ req: { user } }) => Boolean(user),
    update: ({ req: { user } }) => hasRole(user, 'admin', 'disclosure-office'),
  },
  fields: [
    patternField({
      name: 'defaultPattern',
      defaultValue: defaultPattern,
      description: {
        zh: '机构未单独设置时使用。占位符：{creditCode} {orgCode} {division} {category} {yyyy} {mm} {serial:N}（必须有且只有一个流水号）。',
        en: 'Used when the institution sets none. Tokens: {creditCode} {orgCode} {division} {category} {yyyy} {mm} {serial:N} (exactly one serial).',
      },
    }),
    {
      name: 'backfill',
      type: 'group',
      label: { zh: '补发索引号', en: 'Backfill' },
      admin: {
        description: {
          zh: '为启用编号前已发布的信息按首次发布先后补发索引号（任务队列；接口 POST /api/catalogue/backfill）。',
          en: 'Numbers documents published before numbering was enabled, in first-publication order (jobs queue; POST /api/catalogue/backfill).',
        },
      },
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'idle',
          admin: {
            readOnly: true,
            description: {
              zh: '补发任务的状态；刷新页面查看最新进度。',
              en: 'The state of the backfill task; refresh the page for progress.',
            },
          },
          label: { zh: '状态', en: 'Status' },
          options: [
            { value: 'idle', label: { zh: '未运行', en: 'Idle' } },
            { value: 'queued', label: { zh: '排队中', en: 'Queued' } },
            { value: 'running', label: { zh: '进行中', en: 'Running' } },
            { value: 'done', label: { zh: '已完成', en: 'Done' } },
            { value: 'failed', label: { zh: '失败', en: 'Failed' } },
          ],
        },
        {
          name: 'done',
          type: 'number',
          defaultValue: 0,
          admin: {
            readOnly: true,
            description: { zh: '本次已补发索引号的信息条数。', en: 'How many documents this run has numbered.' },
          },
          label: { zh: '已补发', en: 'Numbered' },
        },
        {
          name: 'total',
          type: 'number',
          defaultValue: 0,
          admin: {
            readOnly: true,
            description: {
              zh: '本次需要补发的已发布信息条数。',
              en: 'How many published documents this run has to number.',
            },
          },
          label: { zh: '总数', en: 'Total' },
        },
        {
          name: 'finishedAt',
          type: 'date',
          admin: {
            readOnly: true,
            date: dayAndTime,
            description: { zh: '最近一次补发结束的时间。', en: 'When the last run ended.' },
          },
          label: { zh: '完成时间', en: 'Finished at' },
        },
        {
          name: 'error',
          type: 'textarea',
          admin: {
            readOnly: true,
            description: {
              zh: '补发失败的原因，如 模式含 {category} 但信息没有主题分类。',
              en: 'Why the run failed, e.g. the pattern uses {category} but a document has no theme.',
            },
          },
          label: { zh: '错误', en: 'Error' },
        },
        // A button, not data: no column, so the schema is the same with the plugin disabled.
        ...(isEnabled
          ? [
              {
                name: 'start',
                type: 'ui' as const,
                label: { zh: '开始补发', en: 'Start backfill' },
                admin: {
                  components: {
                    Field:
                      '/plugins/catalogue-numbering/components/StartBackfillButton/index.client#StartBackfillButton',
                  },
                },
              },
            ]
          : []),
      ],
    },
  ],
})
