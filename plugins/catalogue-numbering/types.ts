import type { CollectionSlug } from 'payload'

export type CatalogueNumberingOptions = {
  /**
   * Collections whose published documents get an index number.
   * @default ['disclosure-items', 'policies', 'approval-services']
   */
  collections?: CollectionSlug[]
  /**
   * Pattern used when neither the institution nor the settings global names one. Tokens: {creditCode},
   * {orgCode}, {division}, {category}, {yyyy}, {mm}, {serial:N}; exactly one {serial:N}.
   * @default '{creditCode}/{yyyy}-{serial:5}'
   */
  defaultPattern?: string
  /**
   * The relationship field naming the publishing institution, per collection.
   * @default { policies: 'issuer' } and 'institution' for every other collection
   */
  institutionField?: Partial<Record<CollectionSlug, string>>
  /**
   * The collection of publishing institutions; it gets an optional per-institution pattern field.
   * @default 'institutions'
   */
  institutionsCollection?: CollectionSlug
  /**
   * Relationship fields whose category code fills {category}, tried in order.
   * @default ['theme', 'genre']
   */
  categoryFields?: string[]
  /**
   * The date field whose year and month fill {yyyy} and {mm}, per collection: by default the date the
   * document was made (生成日期, a policy's 成文日期), so a 2012 document published in 2026 is numbered in
   * 2012's series, as the catalogue's existing numbers are. `false`, a collection not named here, or a
   * document with the field empty: the publication date (for backfill, the first publication's).
   * @default { 'disclosure-items': 'dateMade', policies: 'dateWritten' }
   */
  dateField?: Partial<Record<CollectionSlug, false | string>>
  /**
   * Time zone in which the number's date (year, month) is read.
   * @default 'Asia/Shanghai'
   */
  timeZone?: string
  /**
   * Where the portal serves catalogue permalinks; the lookup endpoint answers with `<portalPath>/<number>`.
   * @default '/catalogue'
   */
  portalPath?: string
  /**
   * Gapless numbering: the counter row is taken inside the publishing transaction, so a rolled-back
   * publish gives its serial back and numbers stay contiguous; the price is that publishes on the same
   * counter (one institution, one year) queue behind each other until each commits. `false` takes the
   * serial in a statement of its own, committed at once: concurrent publishes on one counter no longer
   * wait for each other, and a publish that fails afterwards leaves a gap (the number is still never
   * reused). Numbers are unique and permanent either way.
   * @default true
   */
  gapless?: boolean
  /**
   * Keep the fields and collections (so the database schema stays the same) but assign nothing,
   * guard nothing and serve no endpoint.
   * @default false
   */
  disabled?: boolean
}

export type ResolvedNumberingOptions = Required<Omit<CatalogueNumberingOptions, 'dateField' | 'institutionField'>> & {
  institutionFieldOf: (collection: CollectionSlug) => string
  /** The field {yyyy}/{mm} are read from, or undefined: the publication date. */
  dateFieldOf: (collection: CollectionSlug) => string | undefined
}
