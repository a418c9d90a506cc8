import type { Payload } from 'payload'

import path from 'node:path'
import sharp from 'sharp'

import { slugs } from '../collections/slugs'
import { SITE_SETTINGS_SLUG } from '../globals/SiteSettings'
import { siteSettingsSeed } from './data/siteSettings'

const EMBLEM_SVG = path.resolve(import.meta.dirname, '../public/emblem.svg')
const EMBLEM_FILENAME = 'site-emblem.png'

/** The demo emblem as an uploaded PNG (the media collection takes no SVG), reused when seeded before. */
const emblemId = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.find({
    collection: slugs.media,
    where: { filename: { equals: EMBLEM_FILENAME } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const data = await sharp(EMBLEM_SVG, { density: 300 }).resize(128, 128).png().toBuffer()
  const media = await payload.create({
    collection: slugs.media,
    // Public from the start: it is on every page (and the emblem field only offers files its saver may read).
    data: { title: '网站徽标', alt: '扎兰屯市人民政府徽标', isPublic: true },
    file: { data, mimetype: 'image/png', name: EMBLEM_FILENAME, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return media.id
}

/**
 * The portal's header and footer for the demo government. Written only while unset, so what the office
 * entered in 网站设置 survives a re-seed.
 */
export const seedSiteSettings = async (payload: Payload, log: (message: string) => void): Promise<void> => {
  const current = await payload.findGlobal({ slug: SITE_SETTINGS_SLUG, depth: 0, overrideAccess: true })
  if (current.governmentName) {
    log('seed: site settings unchanged (already set)')
    return
  }
  await payload.updateGlobal({
    slug: SITE_SETTINGS_SLUG,
    data: { ...siteSettingsSeed(), emblem: await emblemId(payload) },
    overrideAccess: true,
    depth: 0,
  })
  log('seed: site settings 1 (created 1)')
}
