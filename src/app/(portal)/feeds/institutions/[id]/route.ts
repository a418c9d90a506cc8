import { baseUrlOf, formatOf, getInstitutionFeed, xmlResponse } from '../../../_data/feeds'
import { positiveInt } from '../../../_data/searchParams'

/** `GET /feeds/institutions/<id>` (Atom; `?format=rss` for RSS 2.0): one institution's new entries. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const institution = positiveInt((await params).id)
  const format = formatOf(request)
  if (!institution) return xmlResponse(null, format)
  return xmlResponse(await getInstitutionFeed({ baseUrl: baseUrlOf(request), format, institution }), format)
}
