import { describe, expect, it } from 'vitest'

import type { ScanRules } from '../findings'

import { checkOutboundLinks, classifyLink } from './outboundLinks'

const rules: ScanRules = {
  words: [],
  officialNames: [],
  allowedLinkDomains: ['zhalantun.gov.cn', 'https://www.gov.cn/'],
}
const checkLinks = (links: string[], text = '') => checkOutboundLinks({ field: 'body', text, links }, rules)

describe('outbound links', () => {
  it('should allow the listed domains and their subdomains', () => {
    expect(
      checkLinks([
        'http://www.zhalantun.gov.cn/xxgk/index.html',
        'https://zhalantun.gov.cn',
        'https://www.gov.cn/zhengce',
        'https://sub.www.gov.cn/a',
        'HTTPS://WWW.ZHALANTUN.GOV.CN/',
      ]),
    ).toEqual([])
  })

  it('should not take a lookalike domain for a subdomain', () => {
    const findings = checkLinks(['https://evilzhalantun.gov.cn/', 'https://zhalantun.gov.cn.evil.com/x'])
    expect(findings.map((found) => [found.severity, found.fingerprint])).toEqual([
      ['warn', 'outboundLink:body:evilzhalantun.gov.cn'],
      ['warn', 'outboundLink:body:zhalantun.gov.cn.evil.com'],
    ])
    expect(findings[1]!.message.zh).toContain('zhalantun.gov.cn.evil.com')
  })

  it('should not take an allowed subdomain for its parent domain', () => {
    expect(checkLinks(['https://gov.cn/zhengce']).map((found) => found.fingerprint)).toEqual([
      'outboundLink:body:gov.cn',
    ])
  })

  it('should let site-relative links, anchors, mail and phone links pass', () => {
    expect(
      checkLinks(['/xxgk/2011.html', '#top', '?page=2', 'detail.html', 'mailto:zwgk@126.com', 'tel:0470-3204029']),
    ).toEqual([])
  })

  it('should block javascript: and data: links however they are disguised', () => {
    const findings = checkLinks([
      'javascript:alert(1)',
      ' JavaScript:void(0)',
      'java\tscript:x',
      'data:text/html;base64,PHNjcmlwdD4=',
    ])
    expect(findings).toHaveLength(4)
    expect(findings.every((found) => found.severity === 'block')).toBe(true)
  })

  it('should warn about URLs and www. hosts written in the text, not about e-mail addresses', () => {
    const text =
      '详见https://uedbet.example.com/reg?id=1。另见www.bet365.com，电子邮箱:zltjn@126.com，门户www.zhalantun.gov.cn'
    const findings = checkOutboundLinks({ field: 'body', text }, rules)
    expect(findings.map((found) => [found.match, found.fingerprint])).toEqual([
      ['https://uedbet.example.com/reg?id=1', 'outboundLink:body:uedbet.example.com'],
      ['www.bet365.com', 'outboundLink:body:www.bet365.com'],
    ])
    expect(findings[0]!.context).toContain('详见')
  })

  it('should warn about bare hosts written in the text, with or without a path', () => {
    const text =
      '注册送彩金，网址uedbet.com/reg 或 ued888.vip。文件见report.pdf，门户zhalantun.gov.cn，邮箱zwgk@126.com'
    const findings = checkOutboundLinks({ field: 'body', text }, rules)
    expect(findings.map((found) => [found.match, found.fingerprint])).toEqual([
      ['uedbet.com/reg', 'outboundLink:body:uedbet.com'],
      ['ued888.vip', 'outboundLink:body:ued888.vip'],
    ])
  })

  it('should read a protocol-relative link as a link to its host', () => {
    expect(classifyLink('//cdn.example.com/x.js')).toEqual({ kind: 'external', host: 'cdn.example.com' })
  })
})
