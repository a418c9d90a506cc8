import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { RevalidateTags } from '../../../plugins/portal-publishing/types'

import { closePayload } from '../../../src/lib/database/closePayload'
import { createInstitution } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDraftItem, eventually, portalOptions, publishItem, saveDraft, scene, updatePublished, withdraw } from './portal'

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
    await payload.update({ collection: 'disclosure-items', id: draft.id, data: { title: '仍是草稿' }, draft: true, depth: 0 })
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
    expect(calls.slice(before).filter((tags) => !tags.includes(`item:disclosure-items:${marker.id}`) && tags.includes(`institution:${institution}`))).toEqual([])
  })
})
