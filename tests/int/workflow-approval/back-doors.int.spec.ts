import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../../src/lib/platform/roles'
import type { Office } from './setup'

import { PUBLISH_REFUSED, UNPUBLISH_REFUSED } from '../../../plugins/workflow-approval/messages'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { lexical, unique } from '../../helpers/fixtures'
import { getTestPayload, graphql, rest } from './config'
import { createOffice, draftItem } from './setup'

/**
 * Every way to publish (or unpublish) besides the workflow, tried by every role that may write the
 * document at all, admin included: refused with a 403 saying why, and nothing published.
 */

let payload: Payload
let office: Office

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createOffice(payload)
})

const writers: Role[] = ['admin', 'disclosure-office', 'signer', 'secrecy-reviewer', 'reviewer', 'editor']

const complete = () => ({
  title: unique('后门'),
  institution: office.institutionId,
  dateMade: '2026-01-05',
  theme: office.themeId,
  body: lexical('正文'),
  disclosureMethod: 'proactive' as const,
})

const stored = async (id: number) => payload.findByID({ collection: 'disclosure-items', id, depth: 0 })
const latest = async (id: number) => payload.findByID({ collection: 'disclosure-items', id, draft: true, depth: 0 })

const publishedBySystem = () =>
  payload.create({
    collection: 'disclosure-items',
    data: { ...complete(), _status: 'published' },
    context: systemPublishContext(),
    depth: 0,
  })

const userDoc = async (role: Role) => ({
  ...(await payload.findByID({ collection: 'users', id: office.cast[role].id, depth: 0 })),
  collection: 'users' as const,
})

const thrownStatus = async (promise: Promise<unknown>) => {
  try {
    await promise
    return 200
  } catch (err) {
    return (err as { status?: number }).status
  }
}

const countPublished = async (title: string) =>
  (
    await payload.count({
      collection: 'disclosure-items',
      where: { and: [{ title: { equals: title } }, { _status: { equals: 'published' } }] },
    })
  ).totalDocs

for (const role of writers) {
  describe(`${role}`, () => {
    it('should be refused creating a published document through REST, with a message saying why', async () => {
      const data = complete()
      const response = await rest('POST', '/disclosure-items', {
        token: office.cast[role].token,
        body: { ...data, _status: 'published' },
      })
      expect(response.status).toBe(403)
      if (['admin', 'disclosure-office', 'editor'].includes(role))
        expect(response.json.errors[0].message).toBe(PUBLISH_REFUSED)
      expect(await countPublished(data.title)).toBe(0)
    })

    it('should be refused publishing a draft through REST (the admin Publish button)', async () => {
      const item = await draftItem(office)
      const response = await rest('PATCH', `/disclosure-items/${item.id}`, {
        token: office.cast[role].token,
        body: { _status: 'published' },
      })
      expect(response.status).toBe(403)
      expect((await latest(item.id))._status).toBe('draft')
    })

    it('should be refused publishing drafts in bulk through REST', async () => {
      const item = await draftItem(office)
      const response = await rest('PATCH', `/disclosure-items?where[id][equals]=${item.id}`, {
        token: office.cast[role].token,
        body: { _status: 'published' },
      })
      expect(response.status).not.toBe(200)
      expect(response.json.errors?.[0]?.message ?? '').not.toBe('')
      expect((await latest(item.id))._status).toBe('draft')
    })

    it('should be refused creating and updating to published through GraphQL', async () => {
      const data = complete()
      const created = await graphql(
        `
          mutation ($data: mutationDisclosureItemInput!) {
            createDisclosureItem(data: $data) {
              id
            }
          }
        `,
        {
          token: office.cast[role].token,
          variables: { data: { ...data, _status: 'published' } },
        },
      )
      expect(created.json.errors?.[0]?.extensions?.statusCode).toBe(403)
      const item = await draftItem(office)
      const updated = await graphql(
        `mutation { updateDisclosureItem(id: ${item.id}, data: { _status: published }) { id } }`,
        { token: office.cast[role].token },
      )
      expect(updated.json.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await latest(item.id))._status).toBe('draft')
      expect(await countPublished(data.title)).toBe(0)
    })

    it('should be refused publishing through the Local API with its user', async () => {
      const user = await userDoc(role)
      const item = await draftItem(office)
      const updated = payload.update({
        collection: 'disclosure-items',
        id: item.id,
        data: { _status: 'published' },
        user,
        overrideAccess: false,
        depth: 0,
      })
      expect(await thrownStatus(updated)).toBe(403)
      const created = payload.create({
        collection: 'disclosure-items',
        data: { ...complete(), _status: 'published' },
        user,
        overrideAccess: false,
        depth: 0,
      })
      expect(await thrownStatus(created)).toBe(403)
      expect((await latest(item.id))._status).toBe('draft')
    })

    it('should be refused restoring a published version over a newer draft', async () => {
      const item = await publishedBySystem()
      await payload.update({
        collection: 'disclosure-items',
        id: item.id,
        data: { title: unique('新草稿') },
        draft: true,
        depth: 0,
      })
      const { docs } = await payload.findVersions({
        collection: 'disclosure-items',
        where: { parent: { equals: item.id } },
        sort: 'createdAt',
        depth: 0,
      })
      const publishedVersion = docs.find((version) => version.version._status === 'published')!
      const response = await rest('POST', `/disclosure-items/versions/${publishedVersion.id}`, {
        token: office.cast[role].token,
      })
      expect(response.status).toBe(403)
      expect((await latest(item.id))._status).toBe('draft')
    })

    it('should be refused withdrawing a published document by saving it as a draft over the published row', async () => {
      const item = await publishedBySystem()
      const response = await rest('PATCH', `/disclosure-items/${item.id}`, {
        token: office.cast[role].token,
        body: { _status: 'draft' },
      })
      expect(response.status).toBe(403)
      if (['admin', 'disclosure-office', 'editor'].includes(role))
        expect(response.json.errors[0].message).toBe(UNPUBLISH_REFUSED)
      expect((await stored(item.id))._status).toBe('published')
    })

    it('should be refused editing a published document in place (which would publish the change unreviewed)', async () => {
      const item = await publishedBySystem()
      const response = await rest('PATCH', `/disclosure-items/${item.id}`, {
        token: office.cast[role].token,
        body: { title: unique('未经审核') },
      })
      expect(response.status).toBe(403)
      expect((await stored(item.id)).title).toBe(item.title)
    })
  })
}

describe('doors without a user', () => {
  it('should refuse the Local API without a user (overrideAccess) publishing, creating or updating', async () => {
    expect(
      await thrownStatus(
        payload.create({ collection: 'disclosure-items', data: { ...complete(), _status: 'published' }, depth: 0 }),
      ),
    ).toBe(403)
    const item = await draftItem(office)
    expect(
      await thrownStatus(
        payload.update({ collection: 'disclosure-items', id: item.id, data: { _status: 'published' }, depth: 0 }),
      ),
    ).toBe(403)
    expect(
      await thrownStatus(
        payload
          .update({
            collection: 'disclosure-items',
            where: { id: { equals: item.id } },
            data: { _status: 'published' },
            depth: 0,
          })
          .then((result) => {
            if (result.errors.length > 0) throw Object.assign(new Error(result.errors[0]!.message), { status: 403 })
          }),
      ),
    ).toBe(403)
    expect((await latest(item.id))._status).toBe('draft')
  })

  it('should refuse restoring a published version through the Local API', async () => {
    const item = await publishedBySystem()
    await payload.update({
      collection: 'disclosure-items',
      id: item.id,
      data: { title: unique('新草稿') },
      draft: true,
      depth: 0,
    })
    const { docs } = await payload.findVersions({
      collection: 'disclosure-items',
      where: { parent: { equals: item.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const publishedVersion = docs.find((version) => version.version._status === 'published')!
    expect(
      await thrownStatus(payload.restoreVersion({ collection: 'disclosure-items', id: publishedVersion.id, depth: 0 })),
    ).toBe(403)
    expect((await latest(item.id))._status).toBe('draft')
  })

  it('should refuse duplicating a published document straight to published, and start a draft copy at the first stage', async () => {
    const item = await publishedBySystem()
    expect(
      await thrownStatus(payload.duplicate({ collection: 'disclosure-items', id: item.id, draft: false, depth: 0 })),
    ).toBe(403)
    const response = await rest('POST', `/disclosure-items/${item.id}/duplicate?draft=true`, {
      token: office.cast.admin.token,
    })
    expect(response.status, response.text).toBe(200)
    const copy = await latest(response.json.doc.id)
    expect(copy._status).toBe('draft')
    expect(copy.workflowStage).toBe('draft')
    expect(copy.indexNumber ?? null).toBeNull()
  })

  it('should keep the stage when a write sets it directly, through REST or the Local API', async () => {
    const item = await draftItem(office)
    const response = await rest('PATCH', `/disclosure-items/${item.id}?draft=true`, {
      token: office.cast.admin.token,
      body: { workflowStage: 'signoff', secrecyDecision: 'public' },
    })
    expect(response.status).toBe(200)
    await payload.update({
      collection: 'disclosure-items',
      id: item.id,
      data: { workflowStage: 'published' },
      draft: true,
      depth: 0,
    })
    const after = await latest(item.id)
    expect(after.workflowStage).toBe('draft')
    expect(after.secrecyDecision ?? null).toBeNull()
  })

  it("should not offer Payload's own scheduled publishing: its task is not configured and jobs cannot be queued over HTTP", async () => {
    const item = await draftItem(office)
    await expect(
      payload.jobs.queue({
        task: 'schedulePublish' as never,
        input: { doc: { relationTo: 'disclosure-items', value: item.id }, type: 'publish' } as never,
      }),
    ).rejects.toThrow()
    const response = await rest('POST', '/payload-jobs', {
      token: office.cast.admin.token,
      body: {
        taskSlug: 'workflowScheduledPublish',
        input: { collection: 'disclosure-items', id: String(item.id), publishAt: new Date().toISOString() },
      },
    })
    expect(response.status).toBe(403)
  })

  it('should publish nothing when the scheduled-publication task is queued for a document no signer scheduled', async () => {
    const item = await draftItem(office)
    const job = await payload.jobs.queue({
      task: 'workflowScheduledPublish',
      input: {
        collection: 'disclosure-items',
        id: String(item.id),
        publishAt: new Date(Date.now() - 1000).toISOString(),
      },
      queue: 'workflow',
    })
    await payload.jobs.runByID({ id: job.id })
    expect((await latest(item.id))._status).toBe('draft')
    expect((await latest(item.id)).workflowStage).toBe('draft')
  })

  it('should let server code publish with systemPublishContext, at the published stage', async () => {
    const item = await publishedBySystem()
    expect(item._status).toBe('published')
    expect(item.workflowStage).toBe('published')
  })
})
