import { randomBytes } from 'node:crypto'

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export const TRACKING_CODE_LENGTH = 12

/**
 * The code by which an applicant follows a request: 12 characters of 5 random bits each (60 bits), from the
 * operating system's generator, so a code cannot be guessed from another or from the order of submission.
 */
export const newTrackingCode = (): string => {
  const bytes = randomBytes(TRACKING_CODE_LENGTH)
  // 256 is a multiple of 32: taking each byte modulo 32 keeps every character equally likely.
  return Array.from(bytes, (byte) => TRACKING_ALPHABET[byte % 32]).join('')
}
