import { createHmac, timingSafeEqual } from 'node:crypto'
import { JWT_AUTH_VERSION } from 'payload'

/** What a session token Payload signed at login says: whose it is and which session it belongs to. */
export type SessionClaims = { id: number | string; collection: string; sid: string }

const decodeJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The claims of a token exactly as Payload signs it at login (`jwtSign`: HS256 over the payload secret,
 * header `{ alg: 'HS256', authVersion, typ: 'JWT' }`, `iat` and `exp` in seconds), or undefined. Stricter
 * than Payload's own check (jose's `jwtVerify`): any other header, algorithm or claim shape is left to
 * Payload's strategy, which runs after this one; an expired or wrongly signed token is refused by both.
 */
export const verifySessionToken = (token: string, secret: string, nowSeconds = Date.now() / 1000) => {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`).digest()
  const signature = Buffer.from(signaturePart, 'base64url')
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return undefined

  const header = decodeJson(headerPart)
  if (!isRecord(header) || Object.keys(header).length !== 3) return undefined
  if (header.alg !== 'HS256' || header.typ !== 'JWT' || header.authVersion !== JWT_AUTH_VERSION) return undefined
  const claims = decodeJson(payloadPart)
  if (!isRecord(claims) || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return undefined
  if (claims.exp <= nowSeconds || 'nbf' in claims) return undefined
  const { id, collection, sid } = claims
  if (typeof collection !== 'string' || typeof sid !== 'string') return undefined
  if (typeof id !== 'number' && typeof id !== 'string') return undefined
  return { id, collection, sid } satisfies SessionClaims
}
