import type { BilingualText } from '../../src/lib/platform/labels'

/**
 * Where an export stands, with its labels: one definition for the export record's field and the bulletin
 * tools that show it (client components import this file: types and data only).
 */
export const exportStatuses = ['queued', 'running', 'done', 'failed'] as const

export type ExportStatus = (typeof exportStatuses)[number]

export const exportStatusLabels: Record<ExportStatus, BilingualText> = {
  queued: { zh: '排队中', en: 'Queued' },
  running: { zh: '生成中', en: 'Running' },
  done: { zh: '完成', en: 'Done' },
  failed: { zh: '失败', en: 'Failed' },
}
