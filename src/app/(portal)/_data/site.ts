import type { Payload } from 'payload'

import type { SiteSetting } from '../../../../payload-types'

import { SITE_SETTINGS_SLUG } from '../../../../globals/SiteSettings'
import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { portalPayload } from './payload'

export type SiteIdentity = {
  governmentName: string | null
  emblem: { url: string; alt: string } | null
  organiser: string | null
  operator: string | null
  websiteCode: string | null
  icpNumber: string | null
  publicSecurityNumber: string | null
  contact: { address: string | null; phone: string | null; email: string | null; postcode: string | null }
}

const emblemOf = (emblem: SiteSetting['emblem'], governmentName: string | null): SiteIdentity['emblem'] =>
  emblem && typeof emblem === 'object' && emblem.url && emblem.mimeType?.startsWith('image/')
    ? { url: emblem.url, alt: emblem.alt || `${governmentName ?? ''}徽标` }
    : null

/** The site settings as the public reads them (the global is public), reduced to what the frame shows. */
export const loadSiteIdentity = async ({ payload }: { payload: Payload }): Promise<SiteIdentity> => {
  const settings = await payload.findGlobal({ slug: SITE_SETTINGS_SLUG, depth: 1, overrideAccess: false })
  const governmentName = settings.governmentName || null
  return {
    governmentName,
    emblem: emblemOf(settings.emblem, governmentName),
    organiser: settings.organiser || null,
    operator: settings.operator || null,
    websiteCode: settings.websiteCode || null,
    icpNumber: settings.icpNumber || null,
    publicSecurityNumber: settings.publicSecurityNumber || null,
    contact: {
      address: settings.contact?.address || null,
      phone: settings.contact?.phone || null,
      email: settings.contact?.email || null,
      postcode: settings.contact?.postcode || null,
    },
  }
}

/** Cached under the `site` tag: changing the settings expires every page that shows them. */
export const getSiteIdentity = (): Promise<SiteIdentity> =>
  cached({
    key: 'site-identity',
    input: null,
    tags: [cacheTags.site],
    load: async () => loadSiteIdentity({ payload: await portalPayload() }),
  })
