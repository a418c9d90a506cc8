import type { UploadField } from 'payload'

import { bilingual } from '../../src/lib/platform/labels'
import { slugs } from '../slugs'

export const attachmentsField = (): UploadField => ({
  name: 'attachments',
  type: 'upload',
  relationTo: slugs.media,
  hasMany: true,
  label: bilingual('附件', 'Attachments'),
  admin: {
    description: bilingual(
      '正文以外的文件（PDF、Word、Excel、图片），公众可下载。',
      'Files besides the body (PDF, Word, Excel, images) that readers can download.',
    ),
  },
})
