import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'

type UploadSizeLimits = {
  /** Bytes allowed for images. */
  image: number
  /** Bytes allowed for documents (PDF, Word, Excel). */
  document: number
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Refuses an oversize upload before anything is written, with a 400 that names the file field. */
export const limitUploadSize =
  (limits: UploadSizeLimits): CollectionBeforeOperationHook =>
  ({ collection, operation, req, args }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const limit = file.mimetype?.startsWith('image/') ? limits.image : limits.document
    if (file.size > limit) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'file',
            message: bilingualMessage(
              `文件“${file.name}”超过 ${megabytes(limit)} 上限`,
              `file "${file.name}" exceeds the ${megabytes(limit)} limit`,
            ),
          },
        ],
      })
    }
    return args
  }
