import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Method } from './matrix'

import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { createContent } from './documents'
import { count, find } from './doors'
import { actors, contentCollection, contentCollections, contentMatrix, doors } from './matrix'

/**
 * What the public can learn by asking cleverly: filters on the disclosure method or status, counts,
 * `draft=true`, filters through relationships and populated relationships. The public readers are
 * anonymous callers and everyone the matrix lets read only what the public reads.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

const publicReaders = actors.filter((actor) => contentMatrix[actor].read === 'public')
const methods: readonly Method[] = ['proactive', 'on-request', 'not-disclosed']
const disclosureItems = contentCollection('disclosure-items')
const policies = contentCollection('policies')

for (const collection of contentCollections) {
  describe(collection.slug, () => {
    const mine = { proactive: 0, 'on-request': 0, 'not-disclosed': 0, draft: 0, draftTitle: '', draftOfPublished: '' }
    // Officials have no disclosure method: only their proactive slot and the draft are filled.
    const ids = () => [mine.proactive, mine['on-request'], mine['not-disclosed'], mine.draft].filter(Boolean)

    beforeAll(async () => {
      for (const method of collection.hasDisclosureMethod ? methods : (['proactive'] as const)) {
        mine[method] = (
          await createContent(payload, collection, { institution: cast.own, status: 'published', method })
        ).id
      }
      mine.draftTitle = unique('草稿标题')
      mine.draft = (
        await createContent(payload, collection, { institution: cast.own, status: 'draft', title: mine.draftTitle })
      ).id
      mine.draftOfPublished = unique('已发布文件的新草稿')
      await payload.update({
        collection: collection.slug,
        id: mine.proactive,
        data: { [collection.titleField]: mine.draftOfPublished } as never,
        draft: true,
      })
    })

    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of publicReaders) {
          if (collection.hasDisclosureMethod) {
            for (const method of ['on-request', 'not-disclosed'] as const) {
              it(`should find nothing for ${actor} filtering on disclosureMethod ${method}`, async () => {
                const outcome = await find(payload, door, cast.callers[actor], collection.slug, {
                  and: [{ id: { in: ids() } }, { disclosureMethod: { equals: method } }],
                })
                expect(outcome).toMatchObject({ ok: true, ids: [] })
              })

              it(`should count nothing for ${actor} filtering on disclosureMethod ${method}`, async () => {
                const outcome = await count(payload, door, cast.callers[actor], collection.slug, {
                  and: [{ id: { in: ids() } }, { disclosureMethod: { equals: method } }],
                })
                expect(outcome).toMatchObject({ ok: true, totalDocs: 0 })
              })
            }

            it(`should find nothing for ${actor} excluding proactive documents`, async () => {
              const outcome = await find(payload, door, cast.callers[actor], collection.slug, {
                and: [{ id: { in: ids() } }, { disclosureMethod: { not_equals: 'proactive' } }],
              })
              expect(outcome).toMatchObject({ ok: true, ids: [] })
            })
          }

          it(`should find nothing for ${actor} filtering on _status draft`, async () => {
            const outcome = await find(payload, door, cast.callers[actor], collection.slug, {
              and: [{ id: { in: ids() } }, { _status: { equals: 'draft' } }],
            })
            expect(outcome).toMatchObject({ ok: true, ids: [] })
          })

          it(`should find nothing for ${actor} filtering on _status draft with draft=true`, async () => {
            const outcome = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { and: [{ id: { in: ids() } }, { _status: { equals: 'draft' } }] },
              { draft: true },
            )
            expect(outcome).toMatchObject({ ok: true, ids: [] })
          })

          it(`should count only the public document for ${actor}`, async () => {
            const outcome = await count(payload, door, cast.callers[actor], collection.slug, { id: { in: ids() } })
            expect(outcome).toMatchObject({ ok: true, totalDocs: 1 })
          })

          it(`should list only the public document for ${actor}`, async () => {
            const outcome = await find(payload, door, cast.callers[actor], collection.slug, { id: { in: ids() } })
            expect(outcome).toMatchObject({ ok: true, ids: [mine.proactive] })
          })

          it(`should not let ${actor} find an unpublished draft by its title with draft=true`, async () => {
            const outcome = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { [collection.titleField]: { equals: mine.draftTitle } },
              { draft: true },
            )
            expect(outcome).toMatchObject({ ok: true, ids: [] })
          })

          it(`should not let ${actor} find a published document by the title of its newer draft with draft=true`, async () => {
            const outcome = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { [collection.titleField]: { like: mine.draftOfPublished } },
              { draft: true },
            )
            expect(outcome).toMatchObject({ ok: true, ids: [] })
          })

          it(`should not show ${actor} the newer draft's title anywhere in a draft=true list`, async () => {
            const outcome = await find(
              payload,
              door,
              cast.callers[actor],
              collection.slug,
              { id: { in: ids() } },
              { draft: true, fields: [collection.titleField] },
            )
            if (!outcome.ok) throw new Error(JSON.stringify(outcome))
            expect(JSON.stringify(outcome.docs)).not.toContain(mine.draftOfPublished)
          })
        }
      })
    }

    // The same question without an id filter, as a portal or a scraper would ask it.
    it('should not show anonymous readers the newer draft anywhere in GET /api/<collection>?draft=true', async () => {
      const response = await rest('GET', `/${collection.slug}?draft=true&limit=100&sort=-updatedAt&depth=0`)
      expect(response.status).toBe(200)
      expect(response.text).not.toContain(mine.draftOfPublished)
      expect(response.text).not.toContain(mine.draftTitle)
    })

    it('should not show anonymous readers the newer draft in GET /api/<collection>/:id?draft=true', async () => {
      const response = await rest('GET', `/${collection.slug}/${mine.proactive}?draft=true`)
      expect(response.status).toBe(200)
      expect(response.text).not.toContain(mine.draftOfPublished)
    })
  })
}

describe('relationships', () => {
  it('should not populate an unpublished interpretation of a public policy for anonymous readers', async () => {
    const hidden = await createContent(payload, disclosureItems, {
      institution: cast.own,
      status: 'draft',
      title: unique('未发布的解读'),
    })
    const policy = await createContent(payload, policies, { institution: cast.own, status: 'published' })
    await payload.update({
      context: systemPublishContext(),
      collection: 'policies',
      id: policy.id,
      data: { interpretations: [hidden.id] },
    })

    const response = await rest('GET', `/policies/${policy.id}?depth=1`)

    expect(response.status).toBe(200)
    expect(response.text).not.toContain(hidden.title)
  })

  it('should not resolve an unpublished interpretation of a public policy through GraphQL for anonymous readers', async () => {
    const hidden = await createContent(payload, disclosureItems, {
      institution: cast.own,
      status: 'draft',
      title: unique('未发布的解读'),
    })
    const policy = await createContent(payload, policies, { institution: cast.own, status: 'published' })
    await payload.update({
      context: systemPublishContext(),
      collection: 'policies',
      id: policy.id,
      data: { interpretations: [hidden.id] },
    })

    const response = await graphql(
      `
        query ($id: Int!) {
          Policy(id: $id) {
            interpretations {
              title
            }
          }
        }
      `,
      { variables: { id: policy.id } },
    )

    expect(response.json.data.Policy.interpretations).toEqual([])
  })

  it('should not populate related documents disclosed only on request for anonymous readers', async () => {
    const onRequest = await createContent(payload, policies, {
      institution: cast.own,
      status: 'published',
      method: 'on-request',
    })
    const item = await createContent(payload, disclosureItems, { institution: cast.own, status: 'published' })
    await payload.update({
      context: systemPublishContext(),
      collection: 'disclosure-items',
      id: item.id,
      data: { related: [{ relationTo: 'policies', value: onRequest.id }] },
    })

    const response = await graphql(
      `
        query ($id: Int!) {
          DisclosureItem(id: $id) {
            related {
              value {
                ... on Policy {
                  title
                }
              }
            }
          }
        }
      `,
      { variables: { id: item.id } },
    )

    expect(JSON.stringify(response.json)).not.toContain(onRequest.title)
  })

  it('should not let anonymous readers probe an unpublished interpretation’s title through the policy', async () => {
    const hidden = await createContent(payload, disclosureItems, {
      institution: cast.own,
      status: 'draft',
      title: unique('未发布的解读'),
    })
    const policy = await createContent(payload, policies, { institution: cast.own, status: 'published' })
    await payload.update({
      context: systemPublishContext(),
      collection: 'policies',
      id: policy.id,
      data: { interpretations: [hidden.id] },
    })

    const matching = await find(payload, 'rest', cast.callers.anonymous, 'policies', {
      and: [{ id: { equals: policy.id } }, { 'interpretations.title': { equals: hidden.title } }],
    })
    const other = await find(payload, 'rest', cast.callers.anonymous, 'policies', {
      and: [{ id: { equals: policy.id } }, { 'interpretations.title': { equals: '不存在的标题' } }],
    })

    expect(matching).toEqual(other)
  })

  it('should not let anonymous readers probe the title of an unpublished replacement through replacedBy', async () => {
    const policy = await createContent(payload, policies, { institution: cast.own, status: 'published' })
    const replacement = await createContent(payload, policies, {
      institution: cast.own,
      status: 'draft',
      title: unique('未发布的新文件'),
    })
    await payload.update({ collection: 'policies', id: replacement.id, data: { replaces: policy.id }, draft: true })

    const matching = await find(payload, 'rest', cast.callers.anonymous, 'policies', {
      and: [{ id: { equals: policy.id } }, { 'replacedBy.title': { equals: replacement.title } }],
    })
    const other = await find(payload, 'rest', cast.callers.anonymous, 'policies', {
      and: [{ id: { equals: policy.id } }, { 'replacedBy.title': { equals: '不存在的标题' } }],
    })

    expect(matching).toEqual(other)
  })

  it('should not show anonymous readers an unpublished replacement in replacedBy', async () => {
    const policy = await createContent(payload, policies, { institution: cast.own, status: 'published' })
    const replacement = await createContent(payload, policies, {
      institution: cast.own,
      status: 'draft',
      title: unique('未发布的新文件'),
    })
    await payload.update({ collection: 'policies', id: replacement.id, data: { replaces: policy.id }, draft: true })

    const response = await rest('GET', `/policies/${policy.id}?depth=1`)

    expect(response.status).toBe(200)
    expect(response.json.replacedBy?.docs ?? []).toEqual([])
  })

  it('should not let anonymous readers probe the name of an unpublished institution through a document', async () => {
    const hiddenName = unique('未公布机构')
    const institution = await createInstitution(payload, { name: hiddenName, _status: 'draft' })
    const item = await createContent(payload, disclosureItems, { institution: institution.id, status: 'published' })

    const matching = await find(payload, 'rest', cast.callers.anonymous, 'disclosure-items', {
      and: [{ id: { equals: item.id } }, { 'institution.name': { equals: hiddenName } }],
    })
    const other = await find(payload, 'rest', cast.callers.anonymous, 'disclosure-items', {
      and: [{ id: { equals: item.id } }, { 'institution.name': { equals: '不存在的机构' } }],
    })

    expect(matching).toEqual(other)
  })
})

describe('disclosure-requests', () => {
  // A request holds an applicant's personal data: no door answers the public with a row, a count or a hint.
  let request = { id: 0, trackingCode: '' }

  beforeAll(async () => {
    const doc = await payload.create({
      collection: 'disclosure-requests',
      data: {
        applicantType: 'naturalPerson',
        applicantName: unique('申请人'),
        applicantIdNumber: '110101199003074514',
        contact: { phone: '13800000000' },
        channel: 'online',
        receivedOn: '2026-03-02T00:00:00.000Z',
        requestedInformation: '某项目的批复',
        handlingInstitution: cast.own,
      },
      depth: 0,
    })
    request = { id: doc.id, trackingCode: doc.trackingCode ?? '' }
  })

  for (const door of doors) {
    it(`should find and count nothing for anonymous readers, even by tracking code, through ${door}`, async () => {
      const where = { trackingCode: { equals: request.trackingCode } }
      const listed = await find(payload, door, cast.callers.anonymous, 'disclosure-requests', where)
      const counted = await count(payload, door, cast.callers.anonymous, 'disclosure-requests', where)
      expect(listed.ok ? listed.ids : []).toEqual([])
      expect(counted.ok ? counted.totalDocs : 0).toBe(0)
    })
  }

  it('should refuse anonymous readers every REST read with 403', async () => {
    for (const path of ['', `/${request.id}`, '/count', `?where[applicantName][like]=申请人`, '/versions']) {
      expect((await rest('GET', `/disclosure-requests${path}`)).status, path).toBe(403)
    }
  })

  it('should answer anonymous GraphQL reads of requests with an error and no data', async () => {
    const response = await graphql(
      `
        query ($id: Int!) {
          DisclosureRequest(id: $id) {
            applicantName
          }
          DisclosureRequests {
            docs {
              applicantName
            }
          }
        }
      `,
      { variables: { id: request.id } },
    )
    expect(response.json.data?.DisclosureRequest ?? null).toBeNull()
    expect(response.json.data?.DisclosureRequests ?? null).toBeNull()
    expect(response.json.errors?.length).toBeGreaterThan(0)
  })
})
