import type { CollectionConfig, Where } from 'payload'

import path from 'node:path'

import { isAllInstitutionStaff } from '../src/lib/platform/access'
import { relationId } from '../src/lib/platform/ids'
import { bilingual } from '../src/lib/platform/labels'
import { hasRole, institutionIdsOf, isAllInstitutionUser } from '../src/lib/platform/roles'
import { filesReadableByInstitutions } from './access/filesReadableByInstitutions'
import { limitUploadSize } from './hooks/limitUploadSize'
import { slugs } from './slugs'

const MB = 1024 * 1024

export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

const canUpload = ({ req: { user } }: { req: { user: unknown } }) =>
  hasRole(user, 'admin', 'disclosure-office', 'editor', 'bulletin-editor')

const canMarkPublic = ({ req: { user } }: { req: { user: unknown } }) => hasRole(user, 'admin', 'disclosure-office')

/**
 * Files: attachments, photos and form templates. The public sees only files marked public, which they
 * are exactly while a published, proactively disclosed document uses them (`filesFollowDocuments`).
 */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: bilingual('文件', 'File'), plural: bilingual('文件', 'Files') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'mimeType', 'filesize', 'isPublic'],
    group: bilingual('基础信息', 'Reference data'),
    description: bilingual(
      '图片 10 MB 以内；PDF、Word、Excel 50 MB 以内。',
      'Images up to 10 MB; PDF, Word and Excel up to 50 MB.',
    ),
  },
  access: {
    // The public: public files. The disclosure office and admins: every file. Other staff: public files,
    // the files their institutions' documents use, and the files they uploaded that no document uses yet.
    read: async ({ req }) => {
      const isPublic: Where = { isPublic: { equals: true } }
      if (!req.user) return isPublic
      if (isAllInstitutionUser(req.user)) return true
      const readable = await filesReadableByInstitutions({
        req,
        institutionIds: institutionIdsOf(req.user),
        userId: req.user.id,
      })
      return readable.length === 0 ? isPublic : { or: [isPublic, { id: { in: readable } }] }
    },
    create: canUpload,
    update: canUpload,
    delete: isAllInstitutionStaff,
  },
  hooks: {
    beforeOperation: [limitUploadSize({ image: 10 * MB, document: 50 * MB })],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
    mimeTypes: allowedMimeTypes,
    imageSizes: [{ name: 'thumbnail', width: 240, height: 320, position: 'centre' }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: bilingual('标题', 'Title'),
      admin: {
        description: bilingual(
          '下载链接显示的名称，如“申请表（空白）”。',
          'Shown on download links, e.g. “Application form (blank)”.',
        ),
      },
    },
    {
      name: 'alt',
      type: 'text',
      label: bilingual('替代文字', 'Alt text'),
      admin: {
        description: bilingual(
          '图片的文字说明，供读屏软件使用（无障碍）。',
          'Describes an image for screen readers (accessibility).',
        ),
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      label: bilingual('上传人', 'Uploaded by'),
      // Set by the server, never by the client: until a document uses the file, only its uploader (and the
      // disclosure office) may read it.
      hooks: {
        beforeChange: [
          ({ operation, originalDoc, req }) =>
            operation === 'create' ? (req.user?.id ?? null) : relationId(originalDoc?.uploadedBy),
        ],
      },
      // Who on the staff uploaded what is the staff's business, not the public's.
      access: { read: ({ req }) => Boolean(req.user) },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual(
          '上传本文件的工作人员；文件被信息引用前，只有上传人和公开办可以查看。',
          'Who uploaded the file; until a document uses it, only they and the disclosure office can see it.',
        ),
      },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: bilingual('公众可见', 'Public'),
      // Create too: otherwise anyone who may upload could publish a file by sending isPublic with it.
      access: { create: canMarkPublic, update: canMarkPublic },
      admin: {
        position: 'sidebar',
        description: bilingual(
          '已发布且主动公开的信息使用本文件时自动勾选。',
          'Set automatically when a published, proactively disclosed document uses the file.',
        ),
      },
    },
  ],
}
