import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Cast } from './cast'
import type { Caller, Slug } from './doors'
import type { Actor, Door, ReferencePermissions } from './matrix'

import { createInstitution, unique, validCreditCode } from '../../helpers/fixtures'
import { rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { createCast } from './cast'
import { create, find, findByID, findVersions, isRefusal, remove, update } from './doors'
import { actors, categoriesMatrix, doors, institutionsMatrix, mediaMatrix } from './matrix'

/**
 * Reference data: institutions (published or not), categories, and files (public or private). The
 * public reads what is published or public; the disclosure office maintains institutions and
 * categories; editors and bulletin editors upload files.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await getTestPayload()
  cast = await createCast(payload)
})

type Subject = { id: number; isPublic: boolean }

type ReferenceCollection = {
  slug: Extract<Slug, 'institutions' | 'categories' | 'media'>
  matrix: Record<Actor, ReferencePermissions>
  /** The doors that create documents of this collection (files cannot be uploaded through GraphQL). */
  createDoors: readonly Door[]
  /** A new document; `isPublic` false makes a draft institution or a private file. */
  make: (isPublic: boolean) => Promise<Subject>
  data: () => Record<string, unknown>
  /** A field every maintainer may change, and its stored value. */
  changeable: string
}

const pdf = (name: string) => {
  const data = Buffer.from(
    `%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n0\n%%EOF\n`,
  )
  return { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }
}

const createFile = async (isPublic: boolean) => {
  const name = unique('file')
  const doc = await payload.create({ collection: 'media', data: { title: name, isPublic }, file: pdf(name) })
  return { id: doc.id, isPublic, filename: doc.filename! }
}

const referenceCollections: readonly ReferenceCollection[] = [
  {
    slug: 'institutions',
    matrix: institutionsMatrix,
    createDoors: doors,
    make: async (isPublic) => ({
      id: (await createInstitution(payload, { _status: isPublic ? 'published' : 'draft' })).id,
      isPublic,
    }),
    data: () => ({ name: unique('新机构'), kind: 'department', creditCode: validCreditCode(), _status: 'published' }),
    changeable: 'phone',
  },
  {
    slug: 'categories',
    matrix: categoriesMatrix,
    createDoors: doors,
    make: async () => ({
      id: (
        await payload.create({
          collection: 'categories',
          data: { kind: 'genre', code: unique('G'), name: unique('体裁') },
        })
      ).id,
      isPublic: true,
    }),
    data: () => ({ kind: 'genre', code: unique('G'), name: unique('体裁') }),
    changeable: 'name',
  },
  {
    slug: 'media',
    matrix: mediaMatrix,
    createDoors: ['local', 'rest'],
    make: createFile,
    data: () => ({ title: unique('附件') }),
    changeable: 'title',
  },
]

/** Creates a file through a door: the Local API takes the file, REST a multipart form. */
const upload = async (door: Door, caller: Caller, data: Record<string, unknown>) => {
  const file = pdf(unique('upload'))
  if (door === 'local') {
    try {
      const doc = await payload.create({ collection: 'media', data, file, overrideAccess: false, user: caller.user })
      return { ok: true as const, status: 201, doc: doc as Record<string, any> }
    } catch (error) {
      return {
        ok: false as const,
        status: (error as { status?: number }).status ?? 500,
        message: String(error),
        errors: [],
      }
    }
  }
  const form = new FormData()
  form.append('file', new Blob([file.data], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const response = await rest('POST', '/media', { token: caller.token, body: form })
  return response.status === 201
    ? { ok: true as const, status: 201, doc: response.json.doc as Record<string, any> }
    : { ok: false as const, status: response.status, message: response.text, errors: [] }
}

const stored = (slug: ReferenceCollection['slug'], id: number) =>
  payload.findByID({ collection: slug, id, depth: 0, draft: true, disableErrors: true }) as Promise<Record<
    string,
    any
  > | null>

for (const collection of referenceCollections) {
  describe(collection.slug, () => {
    const subjects = { public: { id: 0, isPublic: true }, private: { id: 0, isPublic: false } } as Record<
      'public' | 'private',
      Subject
    >
    const kinds = collection.slug === 'categories' ? (['public'] as const) : (['public', 'private'] as const)
    const describeSubject = (kind: 'public' | 'private') =>
      collection.slug === 'institutions'
        ? kind === 'public'
          ? 'a published institution'
          : 'a draft institution'
        : `a ${kind} ${collection.slug === 'media' ? 'file' : 'category'}`

    beforeAll(async () => {
      for (const kind of kinds) subjects[kind] = await collection.make(kind === 'public')
    })

    for (const door of doors) {
      describe(`through ${door}`, () => {
        for (const actor of actors) {
          const rules = collection.matrix[actor]

          for (const kind of kinds) {
            const mayRead = rules.read === 'everything' || kind === 'public'

            it(`should ${mayRead ? 'let' : 'not let'} ${actor} read ${describeSubject(kind)}`, async () => {
              const outcome = await findByID(payload, door, cast.callers[actor], collection.slug, subjects[kind].id)
              if (mayRead) expect(outcome).toMatchObject({ ok: true, doc: { id: subjects[kind].id } })
              else expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
            })
          }

          it(`should list for ${actor} only the ${collection.slug} it may read`, async () => {
            const outcome = await find(payload, door, cast.callers[actor], collection.slug, {
              id: { in: kinds.map((kind) => subjects[kind].id) },
            })
            const expected = kinds
              .filter((kind) => rules.read === 'everything' || kind === 'public')
              .map((kind) => subjects[kind].id)
            expect(outcome.ok && outcome.ids.sort()).toEqual(expected.sort())
          })

          if (collection.createDoors.includes(door)) {
            it(`should ${rules.create ? 'let' : 'not let'} ${actor} create ${collection.slug}`, async () => {
              const data = collection.data()
              const outcome =
                collection.slug === 'media'
                  ? await upload(door, cast.callers[actor], data)
                  : await create(payload, door, cast.callers[actor], collection.slug, data)
              if (rules.create) expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
              else expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
            })
          }

          it(`should ${rules.update ? 'let' : 'not let'} ${actor} update ${collection.slug}`, async () => {
            const subject = await collection.make(true)
            const before = await stored(collection.slug, subject.id)
            const value = unique('改')

            const outcome = await update(payload, door, cast.callers[actor], collection.slug, subject.id, {
              [collection.changeable]: value,
            })

            const after = await stored(collection.slug, subject.id)
            if (rules.update) {
              expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
              expect(after?.[collection.changeable]).toBe(value)
            } else {
              expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
              expect(after?.[collection.changeable]).toBe(before?.[collection.changeable])
            }
          })

          it(`should ${rules.delete ? 'let' : 'not let'} ${actor} delete ${collection.slug}`, async () => {
            const subject = await collection.make(true)

            const outcome = await remove(payload, door, cast.callers[actor], collection.slug, subject.id)

            if (rules.delete) {
              expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
              expect(await stored(collection.slug, subject.id)).toBeNull()
            } else {
              expect(isRefusal(outcome), JSON.stringify(outcome)).toBe(true)
              expect((await stored(collection.slug, subject.id))?.id).toBe(subject.id)
            }
          })
        }
      })
    }
  })
}

describe('institution versions', () => {
  for (const door of doors) {
    for (const actor of actors) {
      // Versions of institutions are the disclosure office's audit trail, like their maintenance.
      const mayRead = institutionsMatrix[actor].update

      it(`should ${mayRead ? 'let' : 'not let'} ${actor} read the versions of a draft institution through ${door}`, async () => {
        const institution = await createInstitution(payload, { _status: 'draft' })
        const outcome = await findVersions(
          payload,
          door,
          cast.callers[actor],
          'institutions',
          { parent: { equals: institution.id } },
          ['name'],
        )
        if (mayRead) expect(outcome.ok && outcome.docs.map((doc) => doc.version.name)).toEqual([institution.name])
        else expect(isRefusal(outcome) || (outcome.ok && outcome.docs.length === 0), JSON.stringify(outcome)).toBe(true)
      })
    }
  }
})

describe('public files', () => {
  for (const door of ['local', 'rest'] as const) {
    for (const actor of actors.filter((candidate) => mediaMatrix[candidate].create && !mediaMatrix[candidate].delete)) {
      // Files become public when a published, proactively disclosed document uses them; an uploader
      // who is not the disclosure office cannot skip that step.
      it(`should not let ${actor} upload a file already marked public through ${door}`, async () => {
        const outcome = await upload(door, cast.callers[actor], { title: unique('自称公开'), isPublic: true })
        if (!outcome.ok) throw new Error(JSON.stringify(outcome))
        expect((await stored('media', outcome.doc.id))?.isPublic).toBe(false)
      })
    }
  }

  for (const door of doors) {
    for (const actor of actors.filter((candidate) => mediaMatrix[candidate].update && !mediaMatrix[candidate].delete)) {
      it(`should not let ${actor} mark a private file public through ${door}`, async () => {
        const file = await createFile(false)
        await update(payload, door, cast.callers[actor], 'media', file.id, { isPublic: true })
        expect((await stored('media', file.id))?.isPublic).toBe(false)
      })
    }
  }

  it('should not serve a private file to anonymous readers', async () => {
    const file = await createFile(false)
    const response = await rest('GET', `/media/file/${encodeURIComponent(file.filename)}`)
    expect([403, 404]).toContain(response.status)
  })

  it('should serve a public file to anonymous readers', async () => {
    const file = await createFile(true)
    const response = await rest('GET', `/media/file/${encodeURIComponent(file.filename)}`)
    expect(response.status).toBe(200)
  })
})
