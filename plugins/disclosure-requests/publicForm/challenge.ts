import type { Payload } from 'payload'

import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

import { publicFormSettings } from './settings'

/** 零 to 二十: the numbers a question and its answer use, written as a reader says them. */
const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export const chineseNumeral = (n: number): string => {
  if (n <= 10) return NUMERALS[n]!
  if (n < 20) return `十${NUMERALS[n - 10]}`
  return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : NUMERALS[n % 10]}`
}

/** The answer as typed: Arabic digits (full- or half-width) or the Chinese numeral, spaces ignored. */
export const readAnswer = (typed: string): number | null => {
  const text = typed.replace(/\s/g, '').replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
  if (/^\d{1,3}$/.test(text)) return Number(text)
  for (let n = 0; n <= 99; n += 1) if (chineseNumeral(n) === text) return n
  return null
}

export type Challenge = { question: string; token: string }

export type ChallengeVerdict = { isValid: true; nonce: string } | { isValid: false; reason: 'expired' | 'wrong' }

const sign = (key: string, nonce: string, expiresAt: number, answer: number) =>
  createHmac('sha256', key).update(`disclosure-request-challenge|${nonce}|${expiresAt}|${answer}`).digest('base64url')

/**
 * An arithmetic question in Chinese (三加七等于几？) and a token that proves the answer without holding it:
 * `nonce.expiresAt.HMAC(key, nonce|expiresAt|answer)`. The server keeps nothing until the token is used; the
 * caller then records the nonce so it works once. `key` comes from the server's secret.
 */
export const makeChallenge = ({ key, now, ttlMs }: { key: string; now: number; ttlMs: number }): Challenge => {
  const isSum = randomInt(2) === 0
  const a = randomInt(isSum ? 1 : 10, isSum ? 10 : 20)
  const b = randomInt(1, isSum ? 10 : a)
  const answer = isSum ? a + b : a - b
  const question = `${chineseNumeral(a)}${isSum ? '加' : '减'}${chineseNumeral(b)}等于几？`
  const nonce = randomBytes(12).toString('base64url')
  const expiresAt = now + ttlMs
  return { question, token: `${nonce}.${expiresAt}.${sign(key, nonce, expiresAt, answer)}` }
}

/** Whether `typed` answers the token's question before it expired (single use is the caller's to enforce). */
export const verifyChallenge = ({
  key,
  token,
  typed,
  now,
}: {
  key: string
  token: string
  typed: string
  now: number
}): ChallengeVerdict => {
  const [nonce, expires, mac] = token.split('.')
  const expiresAt = Number(expires)
  if (!nonce || !mac || !Number.isSafeInteger(expiresAt)) return { isValid: false, reason: 'wrong' }
  if (expiresAt < now) return { isValid: false, reason: 'expired' }
  const answer = readAnswer(typed)
  if (answer === null) return { isValid: false, reason: 'wrong' }
  const expected = Buffer.from(sign(key, nonce, expiresAt, answer))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { isValid: true, nonce }
    : { isValid: false, reason: 'wrong' }
}

/** A challenge for the form page, with the key and lifetime the server's secret and the options give. */
export const formChallenge = (payload: Payload, now: number = Date.now()): Challenge =>
  makeChallenge({
    key: challengeKey(payload.secret),
    now,
    ttlMs: publicFormSettings(payload).challengeMinutes * 60_000,
  })

/** The challenge's own key, derived from the server's secret, so its MACs can never stand for anything else. */
export const challengeKey = (secret: string): string =>
  createHmac('sha256', secret).update('disclosure-request-challenge').digest('hex')
