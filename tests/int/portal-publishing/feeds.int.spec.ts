import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedEntries, sitemapEntries } from '../../../plugins/portal-publishing/feeds/data'
import { buildAtomFeed } from '../../../plugins/portal-publishing/feeds/feed'
import { buildSitemap } from '../../../plugins/portal-publishing/feeds/sitemap'
import { closePayload } from '../../../src/lib/database/closePayload'
import { getTestPayload } from '../../helpers/payload'
import { createDraftItem, publishItem, scene, withdraw } from './portal'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const pathOf = (indexNumber: null | string | undefined) => `/catalogue/${encodeURIComponent(indexNumber!)}`

describe('feeds and sitemap data', () => {
  it('should list a published item in its institution feed, the column feed and the sitemap, and drop it on withdrawal', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '订阅源中的信息', summary: '概述', institution, theme })
    const path = pathOf(item.indexNumber)

    const ofInstitution = await feedEntries(payload, { institution })
    expect(ofInstitution).toEqual([
      expect.objectContaining({ id: `disclosure-items/${item.id}`, title: '订阅源中的信息', path, summary: '概述' }),
    ])
    expect(ofInstitution[0]!.author).toBeTruthy()
    expect(
      (await feedEntries(payload, { collection: 'disclosure-items', limit: 500 })).map((entry) => entry.path),
    ).toContain(path)
    expect((await sitemapEntries(payload)).map((entry) => entry.path)).toContain(path)

    const atom = buildAtomFeed({
      title: '机构信息',
      path: '/catalogue',
      selfPath: `/feeds/institutions/${institution}`,
      baseUrl: 'https://gov.example.cn',
      entries: ofInstitution,
    })
    expect(atom).toContain(`https://gov.example.cn${path}`)

    await withdraw(payload, item.id)
    expect(await feedEntries(payload, { institution })).toEqual([])
    expect((await sitemapEntries(payload)).map((entry) => entry.path)).not.toContain(path)
    expect(buildSitemap({ baseUrl: 'https://gov.example.cn', entries: await sitemapEntries(payload) })).not.toContain(
      path,
    )
  })

  it('should never list drafts or items disclosed on request', async () => {
    const { institution, theme } = await scene(payload)
    await createDraftItem(payload, { title: '草稿', institution, theme })
    await publishItem(payload, { title: '依申请', disclosureMethod: 'on-request', institution, theme })
    expect(await feedEntries(payload, { institution })).toEqual([])
  })
})
