import type { BilingualText } from '../../src/lib/platform/labels'

import { commonPasswords } from './commonPasswords'

/**
 * Twelve characters: the accounts here publish in a government's name and sign in with a password alone (no
 * second factor), so length, not composition rules, is what makes guessing slow; twelve is what a staff member
 * still types, and the list below takes away the twelve-character passwords everyone picks first.
 */
export const MIN_PASSWORD_LENGTH = 12

/** The smallest common password worth finding inside a longer one ("woaini" in "woaini13145201"). */
const MIN_COMMON_CORE = 4

const isCommon = (candidate: string) => candidate.length >= MIN_COMMON_CORE && commonPasswords.has(candidate)

/** A common password with only digits and symbols around it: "password1234!", "2026woaini1314". */
const isCommonWithPadding = (lowered: string) => {
  const core = lowered.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  return core !== lowered && isCommon(core)
}

/** One short unit over and over: "aaaaaaaaaaaa", "abcabcabcabc", "woaini1314woaini1314". */
const isRepetition = (lowered: string) => /^(.{1,10})\1+$/u.test(lowered)

/** Each character the one after the previous (or before it): "123456789012", "abcdefghijkl", "987654321098". */
const isSequence = (lowered: string) => {
  const codes = [...lowered].map((character) => character.codePointAt(0)!)
  const steps = new Set(
    codes.slice(1).map((code, i) => {
      const step = code - codes[i]!
      // 9 → 0 continues a run of digits.
      return step === -9 ? 1 : step === 9 ? -1 : step
    }),
  )
  return steps.size === 1 && (steps.has(1) || steps.has(-1))
}

/** Why `password` may not protect an account, in both languages; null when it may. */
export const passwordProblem = (password: string): BilingualText | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return {
      zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`,
      en: `the password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    }
  const lowered = password.toLowerCase()
  if (isCommon(lowered) || isCommonWithPadding(lowered) || isRepetition(lowered) || isSequence(lowered))
    return {
      zh: '密码过于常见或有规律，容易被猜中，请换一个',
      en: 'the password is too common or too regular to resist guessing; choose another',
    }
  return null
}
