import { baseUrlOf, getSitemap, xmlResponse } from '../_data/feeds'

/** `GET /sitemap.xml`: every public page, from the tagged cache. */
export async function GET(request: Request) {
  return xmlResponse(await getSitemap(baseUrlOf(request)), 'sitemap')
}
