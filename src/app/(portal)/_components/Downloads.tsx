type MediaDoc = {
  id: number
  url?: string | null
  filename?: string | null
  title?: string | null
  filesize?: number | null
  mimeType?: string | null
}

const isMedia = (value: unknown): value is MediaDoc =>
  Boolean(value && typeof value === 'object' && 'url' in (value as object))

const kinds: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
}

/** "PDF，120 KB": so a reader knows what a download is before taking it. */
export const describeFile = ({ mimeType, filesize }: MediaDoc): string => {
  const kind = (mimeType && (kinds[mimeType] ?? (mimeType.startsWith('image/') ? '图片' : null))) ?? '文件'
  return filesize ? `${kind}，${Math.max(1, Math.round(filesize / 1024))} KB` : kind
}

/** The public files of a document. A file the public may not read arrives as an id, and is left out. */
export function Downloads({ files, heading = '附件' }: { files: unknown; heading?: string }) {
  const media = (Array.isArray(files) ? files : files ? [files] : []).filter(isMedia).filter((file) => file.url)
  if (media.length === 0) return null
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{heading}</h2>
      <ul>
        {media.map((file) => (
          <li key={file.id}>
            <a href={file.url!} download={file.filename ?? undefined}>
              {file.title || file.filename}
            </a>{' '}
            （{describeFile(file)}）
          </li>
        ))}
      </ul>
    </section>
  )
}
