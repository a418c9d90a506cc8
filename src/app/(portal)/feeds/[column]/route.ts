import { isCatalogueCollection } from '../../_data/entries'
import { baseUrlOf, formatOf, getColumnFeed, xmlResponse } from '../../_data/feeds'

/** `GET /feeds/<column>` (Atom; `?format=rss` for RSS 2.0): disclosure-items, policies or approval-services. */
export async function GET(request: Request, { params }: { params: Promise<{ column: string }> }) {
  const { column } = await params
  const format = formatOf(request)
  if (!isCatalogueCollection(column)) return xmlResponse(null, format)
  return xmlResponse(await getColumnFeed({ baseUrl: baseUrlOf(request), format, column }), format)
}
