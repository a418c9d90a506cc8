import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import * as filesFollowDocuments from '../../../migrations/20261202_030000_files_follow_documents'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { MB, pdf, upload } from '../../helpers/files'
import { createInstitution, createUser, type SignedInUser, unique } from '../../helpers/fixtures'
import { graphql, rest } from '../../helpers/http'
import { getTestPayload } from '../../helpers/payload'
import { expectFieldError } from '../../helpers/validation'
import { createContent } from '../access/documents'

let payload: Payload
let office: SignedInUser

const png = () =>
  sharp({ create: { width: 480, height: 640, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer()

const createPdf = (data: Record<string, unknown> = {}) => {
  const file = pdf()
  return payload.create({
    collection: 'media',
    data: { title: unique('申请表'), ...data },
    file: { data: file, mimetype: 'application/pdf', name: `${unique('form')}.pdf`, size: file.length },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  office = await createUser(payload, { roles: ['disclosure-office'] })
})

describe('media', () => {
  it('should create, read and update through the Local API', async () => {
    const created = await createPdf({ title: '申请表（空白）' })
    const read = await payload.findByID({ collection: 'media', id: created.id })
    expect(read.title).toBe('申请表（空白）')
    expect(read.mimeType).toBe('application/pdf')
    const updated = await payload.update({ collection: 'media', id: created.id, data: { title: '申请表（样表）' } })
    expect(updated.title).toBe('申请表（样表）')
  })

  it('should upload a PDF through REST, then update and read it', async () => {
    const file = pdf()
    const created = await rest('POST', '/media', {
      token: office.token,
      body: upload(file, { name: 'guide.pdf', type: 'application/pdf' }, { title: '办事指南' }),
    })
    expect(created.status).toBe(201)
    expect(created.json.doc).toMatchObject({ mimeType: 'application/pdf', filesize: file.length, title: '办事指南' })
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/media/${id}`, { token: office.token, body: { title: '办事指南（2011）' } })
    expect(patched.status).toBe(200)
    const read = await rest('GET', `/media/${id}`, { token: office.token })
    expect(read.json.title).toBe('办事指南（2011）')
  })

  it('should upload a PNG through REST with its size and thumbnail', async () => {
    const created = await rest('POST', '/media', {
      token: office.token,
      body: upload(await png(), { name: 'photo.png', type: 'image/png' }, { alt: '办公楼' }),
    })
    expect(created.status).toBe(201)
    expect(created.json.doc).toMatchObject({ mimeType: 'image/png', width: 480, height: 640, alt: '办公楼' })
    expect(created.json.doc.sizes.thumbnail).toMatchObject({ width: 240, height: 320, mimeType: 'image/png' })
  })

  it('should read and update through GraphQL', async () => {
    const created = await createPdf()
    const updated = await graphql(`mutation { updateMedia(id: ${created.id}, data: { alt: "表格" }) { alt } }`, {
      token: office.token,
    })
    expect(updated.json.errors).toBeUndefined()
    const read = await graphql(`{ Media(id: ${created.id}) { title alt mimeType } }`, { token: office.token })
    expect(read.json.data.Media).toEqual({ title: created.title, alt: '表格', mimeType: 'application/pdf' })
  })

  it('should refuse an HTML page', async () => {
    const response = await rest('POST', '/media', {
      token: office.token,
      body: upload(Buffer.from('<!doctype html><html><body>365bet</body></html>'), {
        name: 'page.html',
        type: 'text/html',
      }),
    })
    expectFieldError(response, 'file', 'text/html')
  })

  it('should refuse an HTML page named and typed as a PDF', async () => {
    const response = await rest('POST', '/media', {
      token: office.token,
      body: upload(Buffer.from('<!doctype html><html><body>365bet</body></html>'), {
        name: 'notice.pdf',
        type: 'application/pdf',
      }),
    })
    expectFieldError(response, 'file', 'not allowed')
  })

  it('should refuse a Windows executable', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)])
    const response = await rest('POST', '/media', {
      token: office.token,
      body: upload(exe, { name: 'setup.exe', type: 'application/octet-stream' }),
    })
    // Recognised from its content (the MZ header), whatever type the client claims.
    expectFieldError(response, 'file', 'application/x-msdownload')
  })

  it('should refuse an image over the 10 MB image limit with a 400 naming file', async () => {
    const response = await rest('POST', '/media', {
      token: office.token,
      body: upload(Buffer.alloc(11 * MB), { name: 'scan.png', type: 'image/png' }),
    })
    expectFieldError(response, 'file', '超过 10 MB 上限', 'exceeds the 10 MB limit')
  })

  it('should accept a PDF over the image limit, within the document limit', async () => {
    const file = pdf(11 * MB)
    const response = await rest('POST', '/media', {
      token: office.token,
      body: upload(file, { name: 'budget.pdf', type: 'application/pdf' }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.filesize).toBe(file.length)
  })

  it('should hide a private file from anonymous readers', async () => {
    const created = await createPdf()
    const response = await rest('GET', `/media/${created.id}`)
    expect(response.status).toBe(404)
  })

  it('should not serve a private file’s bytes to anonymous readers', async () => {
    const created = await createPdf()
    const response = await rest('GET', `/media/file/${created.filename}`)
    expect(response.status).toBe(403)
  })

  it('should show a public file to anonymous readers', async () => {
    const created = await createPdf({ isPublic: true })
    const response = await rest('GET', `/media/${created.id}`)
    expect(response.status).toBe(200)
    expect(response.json.filename).toBe(created.filename)
  })

  it('should keep a file an editor uploads private even when they ask for it public', async () => {
    const institution = await createInstitution(payload)
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution.id] })
    const response = await rest('POST', '/media', {
      token: editor.token,
      body: upload(pdf(), { name: 'leak.pdf', type: 'application/pdf' }, { isPublic: true }),
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.isPublic).toBe(false)
  })
})

describe('files follow their documents', () => {
  const items = { slug: 'disclosure-items', hasDisclosureMethod: true } as const
  let institution: number

  beforeAll(async () => {
    institution = (await createInstitution(payload)).id
  })

  const publishWith = async (attachments: number[]) => {
    const item = await createContent(payload, items as never, { institution, status: 'published' })
    await payload.update({
      collection: 'disclosure-items',
      id: item.id,
      data: { attachments },
      depth: 0,
      context: systemPublishContext(),
    })
    return item
  }
  const change = (id: number, data: Record<string, unknown>) =>
    payload.update({ collection: 'disclosure-items', id, data, depth: 0, context: systemPublishContext() })
  const isPublic = async (id: number) =>
    (await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })).isPublic
  const download = async (filename: string) => (await rest('GET', `/media/file/${filename}`)).status

  it('should serve a file anonymously while its document is published, and refuse it once withdrawn', async () => {
    const file = await createPdf()
    expect(await download(file.filename!)).toBe(403)
    const item = await publishWith([file.id])
    expect(await isPublic(file.id)).toBe(true)
    expect(await download(file.filename!)).toBe(200)
    const read = await rest('GET', `/media/${file.id}`)
    expect(read.status).toBe(200)
    expect(read.json).not.toHaveProperty('uploadedBy')

    await change(item.id, { _status: 'draft' })
    expect(await isPublic(file.id)).toBe(false)
    expect(await download(file.filename!)).toBe(403)
    expect((await rest('GET', `/media/${file.id}`)).status).toBe(404)
    const anonymousGraphql = await graphql(`{ Media(id: ${file.id}) { filename } }`)
    expect(anonymousGraphql.json.data?.Media ?? null).toBeNull()
  })

  it('should keep a file two documents share public until the last of them is withdrawn', async () => {
    const file = await createPdf()
    const first = await publishWith([file.id])
    const second = await publishWith([file.id])
    await change(first.id, { _status: 'draft' })
    expect(await isPublic(file.id)).toBe(true)
    expect(await download(file.filename!)).toBe(200)
    await change(second.id, { _status: 'draft' })
    expect(await isPublic(file.id)).toBe(false)
  })

  it('should correct, once by migration, the flags the old hook left wrong on stored files', async () => {
    const leftPublic = await createPdf()
    const used = await createPdf()
    await publishWith([used.id])
    // What the old hook left behind: a file of no public document still public, and (as from an import) a used one not.
    await payload.db.drizzle.execute(sql`update media set is_public = true where id = ${leftPublic.id}`)
    await payload.db.drizzle.execute(sql`update media set is_public = false where id = ${used.id}`)
    await filesFollowDocuments.up({ db: payload.db.drizzle, payload, req: await createLocalReq({}, payload) })
    expect(await isPublic(leftPublic.id)).toBe(false)
    expect(await isPublic(used.id)).toBe(true)
  })

  it('should make a file private when its document is deleted', async () => {
    const file = await createPdf()
    const item = await publishWith([file.id])
    await payload.delete({ collection: 'disclosure-items', id: item.id, context: systemPublishContext() })
    expect(await isPublic(file.id)).toBe(false)
    expect(await download(file.filename!)).toBe(403)
  })

  it('should make a file private when its document turns 依申请公开 or drops the attachment', async () => {
    const kept = await createPdf()
    const dropped = await createPdf()
    const item = await publishWith([kept.id, dropped.id])
    await change(item.id, { attachments: [kept.id] })
    expect(await isPublic(dropped.id)).toBe(false)
    expect(await isPublic(kept.id)).toBe(true)
    await change(item.id, { disclosureMethod: 'on-request' })
    expect(await isPublic(kept.id)).toBe(false)
  })

  it('should leave the flag as it was when the withdrawal rolls back', async () => {
    const file = await createPdf()
    const item = await publishWith([file.id])
    const req = await createLocalReq({ context: systemPublishContext() }, payload)
    await initTransaction(req)
    await payload.update({ collection: 'disclosure-items', id: item.id, data: { _status: 'draft' }, depth: 0, req })
    await killTransaction(req)
    expect(await isPublic(file.id)).toBe(true)
  })

  it('should let staff of the document’s institution read its private file, and not another institution’s', async () => {
    const file = await createPdf()
    const draft = await createContent(payload, items as never, { institution, status: 'draft' })
    await change(draft.id, { attachments: [file.id] })
    const own = await createUser(payload, { roles: ['editor'], institutions: [institution] })
    const other = await createUser(payload, {
      roles: ['editor'],
      institutions: [(await createInstitution(payload)).id],
    })
    expect((await rest('GET', `/media/${file.id}`, { token: own.token })).status).toBe(200)
    expect((await rest('GET', `/media/file/${file.filename}`, { token: own.token })).status).toBe(200)
    expect((await rest('GET', `/media/${file.id}`, { token: other.token })).status).toBe(404)
    expect((await rest('GET', `/media/file/${file.filename}`, { token: other.token })).status).toBe(403)
    const listed = await rest('GET', `/media?where[id][equals]=${file.id}`, { token: other.token })
    expect(listed.json.docs).toEqual([])
    const viaGraphql = await graphql(`{ Media(id: ${file.id}) { filename } }`, { token: other.token })
    expect(viaGraphql.json.data?.Media ?? null).toBeNull()
    expect((await rest('GET', `/media/${file.id}`, { token: office.token })).status).toBe(200)
  })

  it('should let an editor read a file they just uploaded, before it is attached', async () => {
    const editor = await createUser(payload, { roles: ['editor'], institutions: [institution] })
    const created = await rest('POST', '/media', {
      token: editor.token,
      body: upload(pdf(), { name: 'new.pdf', type: 'application/pdf' }),
    })
    expect(created.status).toBe(201)
    expect((await rest('GET', `/media/${created.json.doc.id}`, { token: editor.token })).status).toBe(200)
  })

  it('should keep a file no document uses yet from everyone but its uploader and the disclosure office', async () => {
    const uploader = await createUser(payload, { roles: ['editor'], institutions: [institution] })
    const colleague = await createUser(payload, { roles: ['editor'], institutions: [institution] })
    const created = await rest('POST', '/media', {
      token: uploader.token,
      body: upload(pdf(), { name: 'unattached.pdf', type: 'application/pdf' }, { uploadedBy: colleague.id }),
    })
    expect(created.status).toBe(201)
    const { id, filename } = created.json.doc
    // The uploader is the server's to record, whatever the client sends.
    expect((await payload.findByID({ collection: 'media', id, depth: 0 })).uploadedBy).toBe(uploader.id)
    expect((await rest('GET', `/media/${id}`, { token: colleague.token })).status).toBe(404)
    expect((await rest('GET', `/media/file/${filename}`, { token: colleague.token })).status).toBe(403)
    expect((await rest('GET', `/media/${id}`, { token: office.token })).status).toBe(200)

    // Once a draft of the institution uses it, its staff read it.
    const draft = await createContent(payload, items as never, { institution, status: 'draft' })
    await change(draft.id, { attachments: [id] })
    expect((await rest('GET', `/media/${id}`, { token: colleague.token })).status).toBe(200)
  })
})
