import path from 'node:path'

import type { BulletinColumn, BulletinOptions, ResolvedBulletinOptions } from './types'

/** Slugs of what the plugin adds. */
export const ISSUES_SLUG = 'bulletin-issues'
export const EXPORTS_SLUG = 'bulletin-exports'
export const EXPORT_TASK = 'exportBulletinIssue'

/** The national column order of a government bulletin (DOMAIN.md, "Channels"). */
export const DEFAULT_COLUMNS: BulletinColumn[] = [
  { key: 'rules', heading: '政府令/规章' },
  { key: 'government', heading: '政府文件' },
  { key: 'office', heading: '政府办公室文件' },
  { key: 'departments', heading: '部门文件' },
  { key: 'appointments', heading: '人事任免' },
  { key: 'interpretations', heading: '政策解读' },
  { key: 'chronicle', heading: '大事记' },
]

export const resolveOptions = (options: BulletinOptions): ResolvedBulletinOptions => ({
  sources: options.sources ?? ['disclosure-items', 'policies'],
  columns: options.columns ?? DEFAULT_COLUMNS,
  defaultMasthead: options.defaultMasthead ?? '扎兰资讯',
  publisher: options.publisher ?? '扎兰屯市人民政府',
  exportsDir:
    options.exportsDir ?? process.env.BULLETIN_EXPORTS_DIR ?? path.resolve(process.cwd(), 'media', 'bulletin-exports'),
  disabled: options.disabled ?? false,
})
