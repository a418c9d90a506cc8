import { describe, expect, it } from 'vitest'

import { chineseNumeral, makeChallenge, readAnswer, verifyChallenge } from './challenge'

const key = 'k'.repeat(64)
const now = Date.UTC(2026, 11, 2, 10)

const numbers = new Map(Array.from({ length: 100 }, (_, n) => [chineseNumeral(n), n]))
const solve = (question: string) => {
  const [, a, op, b] = /^(.+?)(加|减)(.+?)等于几？$/.exec(question)!
  return op === '加' ? numbers.get(a!)! + numbers.get(b!)! : numbers.get(a!)! - numbers.get(b!)!
}

describe('the form challenge', () => {
  it('should write numbers as they are read', () => {
    expect([0, 7, 10, 13, 20, 38].map(chineseNumeral)).toEqual(['零', '七', '十', '十三', '二十', '三十八'])
  })

  it('should read an answer in digits, full-width digits or Chinese', () => {
    expect(['12', ' １２ ', '十二'].map(readAnswer)).toEqual([12, 12, 12])
    expect(readAnswer('twelve')).toBeNull()
  })

  it('should accept the right answer before the token expires', () => {
    for (let i = 0; i < 20; i += 1) {
      const { question, token } = makeChallenge({ key, now, ttlMs: 60_000 })
      expect(verifyChallenge({ key, token, typed: String(solve(question)), now: now + 1000 })).toMatchObject({
        isValid: true,
      })
    }
  })

  it('should refuse a wrong answer, an expired token, a token signed with another key and a forged one', () => {
    const { question, token } = makeChallenge({ key, now, ttlMs: 60_000 })
    const answer = String(solve(question))
    expect(verifyChallenge({ key, token, typed: String(Number(answer) + 1), now })).toEqual({
      isValid: false,
      reason: 'wrong',
    })
    expect(verifyChallenge({ key, token, typed: answer, now: now + 60_001 })).toEqual({
      isValid: false,
      reason: 'expired',
    })
    expect(verifyChallenge({ key: 'other', token, typed: answer, now })).toMatchObject({ isValid: false })
    const [nonce, , mac] = token.split('.')
    expect(verifyChallenge({ key, token: `${nonce}.${now + 10 ** 9}.${mac}`, typed: answer, now })).toMatchObject({
      isValid: false,
    })
    expect(verifyChallenge({ key, token: 'garbage', typed: answer, now })).toMatchObject({ isValid: false })
  })
})
