import type { ServerResponse } from 'node:http'

/** A page larger than this is sent but not kept (the store's own limit per entry is lower by default). */
const MAX_CAPTURED_BYTES = 16 * 1024 * 1024

type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

const bufferOf = (chunk: Chunk, encoding: unknown) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk)

/**
 * Copies what is written to a response as it goes out (after Next.js's compression, which wraps
 * `write` and `end` later and calls these with the compressed bytes), and hands the whole body to
 * `onFinish` once the response has been sent completely. Undefined when it cannot be trusted to be
 * the answer: headers passed to `writeHead` (not in `getHeaders()`), or too large.
 */
export const captureResponse = (res: ServerResponse, onFinish: (body: ArrayBuffer | undefined) => void): void => {
  const chunks: Buffer[] = []
  let bytes = 0
  let isWhole = true
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!isWhole || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = bufferOf(chunk as Chunk, encoding)
    bytes += buffer.byteLength
    if (bytes > MAX_CAPTURED_BYTES) isWhole = false
    else chunks.push(buffer)
  }
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const writeHead = res.writeHead.bind(res)
  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    keep(chunk, encoding)
    return write(chunk, encoding as BufferEncoding, callback)
  }) as typeof res.write
  res.end = ((chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    keep(chunk, encoding)
    return end(chunk as Chunk, encoding as BufferEncoding, callback)
  }) as typeof res.end
  res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
    if (args.slice(1).some((arg) => typeof arg === 'object' && arg !== null)) isWhole = false
    return writeHead(...args)
  }) as typeof res.writeHead
  res.once('finish', () => {
    if (!isWhole) return onFinish(undefined)
    const body = Buffer.concat(chunks)
    onFinish(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer)
  })
}
