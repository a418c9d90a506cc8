import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import type { ScanRules } from '../findings'

import { checkSensitiveWords } from './sensitiveWords'

const FIXTURE = readFileSync(new URL('../../../tests/fixtures/annual-report-2011.txt', import.meta.url), 'utf8')

const rules = (...terms: string[]): ScanRules => ({
  words: terms.map((term) => ({ term, severity: 'block' as const, category: '赌博' })),
  officialNames: [],
  allowedLinkDomains: [],
})

describe('sensitive words', () => {
  it('should find every occurrence of a listed word in the hijacked report, naming it in both languages', () => {
    const findings = checkSensitiveWords({ field: 'body', text: FIXTURE }, rules('UedBet体育'))
    expect(findings.length).toBe(FIXTURE.split('UedBet体育').length - 1)
    expect(findings[0]).toMatchObject({
      check: 'sensitiveWord',
      severity: 'block',
      field: 'body',
      match: 'UedBet体育',
      fingerprint: 'sensitiveWord:body:uedbet体育',
    })
    expect(findings[0]!.message.zh).toContain('UedBet体育')
    expect(findings[0]!.message.en).toContain('UedBet体育')
  })

  it('should find nothing in the cleaned report', () => {
    const cleaned = FIXTURE.replaceAll('UedBet体育', '扎兰屯市')
    expect(checkSensitiveWords({ field: 'body', text: cleaned }, rules('UedBet体育', '博彩'))).toEqual([])
  })

  it('should match case-insensitively and fold full-width letters', () => {
    for (const text of ['访问ＵｅｄＢｅｔ体育', '访问uedbet体育', '访问UEDBET体育']) {
      const [found] = checkSensitiveWords({ field: 'title', text }, rules('UedBet体育'))
      expect(found?.match).toBe(text.slice(2))
      expect(found?.fingerprint).toBe('sensitiveWord:title:uedbet体育')
    }
  })

  it('should ignore whitespace and zero-width characters inside a word', () => {
    for (const text of ['网上博 彩平台', '网上博\u200b彩平台', '网上博\u3000彩', '网上博\n\t彩']) {
      const findings = checkSensitiveWords({ field: 'body', text }, rules('博彩'))
      expect(findings).toHaveLength(1)
      expect(findings[0]!.fingerprint).toBe('sensitiveWord:body:博彩')
    }
  })

  it('should take the severity from the word entry', () => {
    const [found] = checkSensitiveWords(
      { field: 'body', text: '六合彩开奖' },
      { ...rules(), words: [{ term: '六合彩', severity: 'warn' }] },
    )
    expect(found?.severity).toBe('warn')
  })

  it('should not find a Latin word inside a longer Latin word', () => {
    expect(checkSensitiveWords({ field: 'body', text: 'the alphabet' }, rules('bet'))).toEqual([])
    expect(checkSensitiveWords({ field: 'body', text: '下注bet365' }, rules('bet'))).toEqual([])
    expect(checkSensitiveWords({ field: 'body', text: '下注bet 365' }, rules('bet'))).toHaveLength(1)
  })

  it('should quote up to 20 characters either side of the match', () => {
    const text = `${'甲'.repeat(30)}博彩${'乙'.repeat(30)}`
    const [found] = checkSensitiveWords({ field: 'body', text }, rules('博彩'))
    expect(found?.context).toBe(`${'甲'.repeat(20)}博彩${'乙'.repeat(20)}`)
  })
})
