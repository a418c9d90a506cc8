import zlib from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'

/**
 * A WOFF 1.0 font as the plain sfnt (TrueType/OpenType) it wraps. fontkit reads WOFF directly, but
 * inflates a table again on every access, glyph outlines included: unpacked once, a 150-page issue
 * lays out in seconds instead of minutes.
 */
export const woffToSfnt = (woff: Buffer): Buffer => {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) return woff
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20
    const tag = woff.readUInt32BE(entry)
    const offset = woff.readUInt32BE(entry + 4)
    const compLength = woff.readUInt32BE(entry + 8)
    const origLength = woff.readUInt32BE(entry + 12)
    const checksum = woff.readUInt32BE(entry + 16)
    const stored = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? zlib.inflateSync(stored) : stored
    return { tag, checksum, data }
  })
  const entrySelector = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** entrySelector * 16
  const headerLength = 12 + numTables * 16
  const padded = (length: number) => (length + 3) & ~3
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength)
  const sfnt = Buffer.alloc(total)
  sfnt.writeUInt32BE(flavor, 0)
  sfnt.writeUInt16BE(numTables, 4)
  sfnt.writeUInt16BE(searchRange, 6)
  sfnt.writeUInt16BE(entrySelector, 8)
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = headerLength
  tables.forEach((table, index) => {
    const entry = 12 + index * 16
    sfnt.writeUInt32BE(table.tag, entry)
    sfnt.writeUInt32BE(table.checksum, entry + 4)
    sfnt.writeUInt32BE(offset, entry + 8)
    sfnt.writeUInt32BE(table.data.length, entry + 12)
    table.data.copy(sfnt, offset)
    offset += padded(table.data.length)
  })
  return sfnt
}
