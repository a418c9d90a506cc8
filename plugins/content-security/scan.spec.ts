import { fc, test } from '@fast-check/vitest'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import type { ScanRules } from './findings'

import { scanTargets } from './scan'

const FIXTURE = readFileSync(new URL('../../tests/fixtures/annual-report-2011.txt', import.meta.url), 'utf8')

const rules: ScanRules = {
  words: [{ term: 'UedBet体育', severity: 'block', category: '赌博' }],
  officialNames: ['扎兰屯市人民政府', '呼伦贝尔市', '内蒙古自治区'],
  allowedLinkDomains: ['gov.cn'],
}

describe('scanning targets', () => {
  it('should report the hijacked report once per fingerprint: the word and the place', () => {
    const findings = scanTargets({ targets: [{ field: 'body', text: FIXTURE }], rules })
    expect(findings.map((found) => [found.check, found.severity, found.fingerprint])).toEqual([
      ['sensitiveWord', 'block', 'sensitiveWord:body:uedbet体育'],
      ['placeName', 'block', 'placeName:body:uedbet体育'],
    ])
  })

  it('should find nothing that blocks in the cleaned report', () => {
    const text = FIXTURE.replaceAll('UedBet体育', '扎兰屯市')
    expect(scanTargets({ targets: [{ field: 'body', text }], rules })).toEqual([])
  })

  it('should keep findings of different fields apart, in target order', () => {
    const findings = scanTargets({
      targets: [
        { field: 'title', text: 'UedBet体育人民政府公告' },
        { field: 'body', text: '联系13812345678', links: ['https://uedbet.example.com', 'javascript:alert(1)'] },
      ],
      rules,
    })
    expect(findings.map((found) => found.fingerprint)).toEqual([
      'sensitiveWord:title:uedbet体育',
      'placeName:title:uedbet体育',
      'outboundLink:body:uedbet.example.com',
      'outboundLink:body:javascript:alert(1)',
      'personalData:body:138****5678',
    ])
  })

  it('should mask personal data in the context of every finding', () => {
    const findings = scanTargets({
      targets: [{ field: 'body', text: '联系人13812345678，UedBet体育人民政府，身份证150783198506121239' }],
      rules,
    })
    expect(findings.length).toBeGreaterThan(2)
    for (const found of findings) {
      expect(found.context).not.toContain('1234')
      expect(found.context).not.toContain('19850612')
    }
  })

  it('should raise a finding to block when any occurrence of its fingerprint blocks', () => {
    const findings = scanTargets({
      targets: [{ field: 'body', text: '六合彩' }],
      rules: {
        ...rules,
        words: [
          { term: '六合彩', severity: 'warn' },
          { term: '六 合 彩', severity: 'block' },
        ],
      },
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]!.severity).toBe('block')
  })

  test.prop([
    fc.array(fc.record({ field: fc.string(), text: fc.string({ unit: 'binary' }), links: fc.array(fc.string()) })),
  ])('should never throw on arbitrary text and links, and report each fingerprint once', (targets) => {
    const findings = scanTargets({ targets, rules })
    expect(new Set(findings.map((found) => found.fingerprint)).size).toBe(findings.length)
  })

  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789 -+xX86１３８') }), fc.string()])(
    'should never show more than 8 digits of a number it reports as personal data',
    (digits, around) => {
      for (const found of scanTargets({ targets: [{ field: 'body', text: `${around}${digits}${around}` }], rules })) {
        if (found.check !== 'personalData') continue
        expect(found.match.replace(/[^0-9Xx]/g, '').length).toBeLessThanOrEqual(8)
      }
    },
  )
})
