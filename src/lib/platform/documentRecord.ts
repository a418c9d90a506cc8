/**
 * A document read by field names a plugin is given in its options (the institution field, the title field,
 * the deadline field): its fields are not known to the plugin's types, only their names at run time.
 */
export type DocumentRecord = Record<string, unknown>

/**
 * The generated document types have no index signature, so a document of any collection becomes readable
 * by field name here, in one place, instead of through casts at each read; the fields its type knows
 * (`id`, `createdAt`) keep their types.
 */
export const asDocumentRecord = <Doc extends object>(doc: Doc): Doc & DocumentRecord => doc as Doc & DocumentRecord
