import type { CollectionSlug } from 'payload'

/** A column of the bulletin (栏目): its key (stable, for filters) and its printed heading. */
export type BulletinColumn = { key: string; heading: string }

export type BulletinOptions = {
  /**
   * Collections whose published, proactively disclosed documents can be placed in an issue.
   * @default ['disclosure-items', 'policies']
   */
  sources?: CollectionSlug[]
  /**
   * The columns a new issue starts with, in print order; editors may rename, reorder and add.
   * @default 政府令/规章, 政府文件, 政府办公室文件, 部门文件, 人事任免, 政策解读, 大事记
   */
  columns?: BulletinColumn[]
  /**
   * The masthead a new issue starts with.
   * @default '扎兰资讯'
   */
  defaultMasthead?: string
  /**
   * Printed as the PDF's Author and on the cover.
   * @default '扎兰屯市人民政府'
   */
  publisher?: string
  /**
   * Where export files (PDF, DOCX) are stored.
   * @default process.env.BULLETIN_EXPORTS_DIR, else `<cwd>/media/bulletin-exports`
   */
  exportsDir?: string
  /**
   * Keep the collections, fields and task (so the database schema stays the same) but freeze nothing,
   * check nothing beyond field rules and serve no endpoint.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedBulletinOptions = Required<BulletinOptions>
