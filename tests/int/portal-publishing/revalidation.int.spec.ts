import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { RevalidateTags } from '../../../plugins/portal-publishing/types'

import { closePayload } from '../../../src/lib/database/closePayload'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, ensureCategory, unique } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import {
  createDraftItem,
  eventually,
  portalOptions,
  publishItem,
  saveDraft,
  scene,
  updatePublished,
  withdraw,
} from './portal'

let payload: Payload
let original: RevalidateTags
/** Every call of the plugin's `revalidate`, in order. */
const calls: string[][] = []

beforeAll(async () => {
  payload = await getTestPayload()
  original = portalOptions(payload).revalidate
  portalOptions(payload).revalidate = (tags) => {
    calls.push(tags)
  }
})

afterEach(() => {
  calls.length = 0
})

afterAll(async () => {
  portalOptions(payload).revalidate = original
  await closePayload(payload)
})

/** The calls naming this item: other test files publish in the same database, not in this process. */
const callsFor = (id: number) => calls.filter((tags) => tags.includes(`item:disclosure-items:${id}`))

const expectedTags = (id: number, ...institutions: number[]) => [
  `item:disclosure-items:${id}`,
  'list:disclosure-items',
  ...institutions.map((institution) => `institution:${institution}`),
  'feeds',
  'sitemap',
  'search',
]

describe('portal revalidation', () => {
  it('should revalidate the item, its list, its institution, feeds, sitemap and search on publish', async () => {
    const { institution, theme } = await scene(payload)
    const item = await publishItem(payload, { title: '发布即刷新', institution, theme })
    const [tags] = await eventually(async () => callsFor(item.id).length > 0 && callsFor(item.id))
    expect(tags).toEqual(expectedTags(item.id, institution))
  })

  it('should revalidate on a change of a published item, both institutions when it moves', async () => {
    const { institution, theme } = await scene(payload)
    const other = await createInstitution(payload)
    const item = await publishItem(payload, { title: '迁移机构', institution, theme })
    await eventually(async () => callsFor(item.id).length === 1)
    await updatePublished(payload, item.id, { institution: other.id })
    const all = await eventually(async () => callsFor(item.id).length === 2 && callsFor(item.id))
    expect(all[1]).toEqual(expectedTags(item.id, institution, other.id))
  })

  it('should revalidate on withdrawal and on deletion of a published item', async () => {
    const { institution, theme } = await scene(payload)
    const withdrawn = await publishItem(payload, { title: '撤回刷新', institution, theme })
    const deleted = await publishItem(payload, { title: '删除刷新', institution, theme })
    await withdraw(payload, withdrawn.id)
    await payload.delete({ collection: 'disclosure-items', id: deleted.id })
    const afterWithdraw = await eventually(async () => callsFor(withdrawn.id).length === 2 && callsFor(withdrawn.id))
    const afterDelete = await eventually(async () => callsFor(deleted.id).length === 2 && callsFor(deleted.id))
    expect(afterWithdraw[1]).toEqual(expectedTags(withdrawn.id, institution))
    expect(afterDelete[1]).toEqual(expectedTags(deleted.id, institution))
  })

  it('should not revalidate for drafts, nor for a draft saved beside a published item', async () => {
    const { institution, theme } = await scene(payload)
    const draft = await createDraftItem(payload, { title: '仅草稿', institution, theme })
    const published = await publishItem(payload, { title: '已发布', institution, theme })
    await eventually(async () => callsFor(published.id).length === 1)
    await saveDraft(payload, published.id, { title: '草稿修改' })
    await payload.update({
      collection: 'disclosure-items',
      id: draft.id,
      data: { title: '仍是草稿' },
      draft: true,
      depth: 0,
    })
    // A later publish is the marker: calls are made in commit order, so had the draft saves called, they would show first.
    const marker = await publishItem(payload, { title: '标记', institution, theme })
    await eventually(async () => callsFor(marker.id).length === 1)
    expect(callsFor(draft.id)).toEqual([])
    expect(callsFor(published.id)).toHaveLength(1)
  })

  it('should not revalidate when the publish rolls back', async () => {
    const { institution, theme } = await scene(payload)
    const before = calls.length
    await expect(publishItem(payload, { title: '', institution, theme })).rejects.toThrow()
    const marker = await publishItem(payload, { title: '回滚标记', institution, theme })
    await eventually(async () => callsFor(marker.id).length === 1)
    expect(
      calls
        .slice(before)
        .filter(
          (tags) => !tags.includes(`item:disclosure-items:${marker.id}`) && tags.includes(`institution:${institution}`),
        ),
    ).toEqual([])
  })
})

describe('portal revalidation of reference data', () => {
  const catalogueLists = ['list:disclosure-items', 'list:policies', 'list:approval-services']
  const callsWith = (tag: string) => calls.filter((tags) => tags.includes(tag))

  it('should expire an institution’s pages and every catalogue list when its name changes', async () => {
    const institution = await createInstitution(payload)
    calls.length = 0
    await payload.update({ collection: 'institutions', id: institution.id, data: { name: unique('更名局') }, depth: 0 })
    const [tags] = await eventually(
      async () => callsWith(`institution:${institution.id}`).length > 0 && callsWith(`institution:${institution.id}`),
    )
    expect(tags).toEqual([
      `institution:${institution.id}`,
      'list:institutions',
      ...catalogueLists,
      'feeds',
      'sitemap',
      'search',
    ])
  })

  it('should not expire anything for a draft saved beside a draft institution', async () => {
    const draft = await payload.create({
      collection: 'institutions',
      data: { name: unique('草稿局'), kind: 'department', _status: 'draft' } as never,
      draft: true,
      depth: 0,
    })
    await payload.update({
      collection: 'institutions',
      id: draft.id,
      data: { phone: '0470-1234567' },
      draft: true,
      depth: 0,
    })
    const marker = await createInstitution(payload)
    await eventually(async () => callsWith(`institution:${marker.id}`).length > 0)
    expect(callsWith(`institution:${draft.id}`)).toEqual([])
  })

  it('should expire a leader’s page, the leader lists and both institutions when a leader moves', async () => {
    const [first, second] = await Promise.all([createInstitution(payload), createInstitution(payload)])
    const leader = await payload.create({
      collection: 'officials',
      data: { name: unique('王局长'), institution: first.id, post: '局长', _status: 'published' } as never,
      context: systemPublishContext(),
      depth: 0,
    })
    await eventually(async () => callsWith(`item:officials:${leader.id}`).length === 1)
    await payload.update({
      collection: 'officials',
      id: leader.id,
      data: { institution: second.id, _status: 'published' } as never,
      context: systemPublishContext(),
      depth: 0,
    })
    const all = await eventually(
      async () => callsWith(`item:officials:${leader.id}`).length === 2 && callsWith(`item:officials:${leader.id}`),
    )
    expect(all[1]).toEqual([
      `item:officials:${leader.id}`,
      'list:officials',
      `institution:${second.id}`,
      `institution:${first.id}`,
    ])
  })

  it('should expire the catalogue lists and search when a category is renamed or deleted', async () => {
    const category = await ensureCategory(
      payload,
      'theme',
      unique('T')
        .slice(0, 20)
        .replace(/[^A-Za-z0-9]/g, ''),
      '临时主题',
    )
    calls.length = 0
    await payload.update({ collection: 'categories', id: category.id, data: { name: '更名主题' }, depth: 0 })
    await payload.delete({ collection: 'categories', id: category.id })
    const expected = ['list:categories', ...catalogueLists, 'search']
    const seen = await eventually(async () => {
      const matching = calls.filter((tags) => JSON.stringify(tags) === JSON.stringify(expected))
      return matching.length >= 2 && matching
    })
    expect(seen.length).toBeGreaterThanOrEqual(2)
  })
})
