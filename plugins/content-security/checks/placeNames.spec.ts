import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import type { ScanRules } from '../findings'

import { checkPlaceNames, officialSegments } from './placeNames'

const FIXTURE = readFileSync(new URL('../../../tests/fixtures/annual-report-2011.txt', import.meta.url), 'utf8')

const rules = (officialNames: string[] = ['扎兰屯市人民政府']): ScanRules => ({
  words: [],
  officialNames,
  allowedLinkDomains: [],
})

const check = (text: string, officialNames?: string[]) => checkPlaceNames({ field: 'body', text }, rules(officialNames))

describe('place names', () => {
  it('should block the gambling brand standing where the city name belongs, with no word list', () => {
    const findings = checkPlaceNames({ field: 'body', text: FIXTURE }, rules())
    expect(findings).toHaveLength(2)
    for (const found of findings) {
      expect(found).toMatchObject({
        check: 'placeName',
        severity: 'block',
        match: 'UedBet体育',
        fingerprint: 'placeName:body:uedbet体育',
      })
      expect(found.message.zh).toContain('UedBet体育')
      expect(found.message.en).toContain('UedBet体育')
    }
    expect(findings[0]!.context).toContain('通过UedBet体育人民政府门户网站')
    expect(findings[1]!.context).toContain('请与UedBet体育人民政府信息化办公室')
  })

  it('should find nothing in the cleaned report', () => {
    expect(check(FIXTURE.replaceAll('UedBet体育', '扎兰屯市'))).toEqual([])
  })

  it('should still only warn about the real name in the cleaned report when no official name is configured', () => {
    const findings = check(FIXTURE.replaceAll('UedBet体育', '扎兰屯市'), [])
    expect(findings.map((found) => [found.severity, found.match])).toEqual([
      ['warn', '扎兰屯市'],
      ['warn', '扎兰屯市'],
    ])
  })

  it('should block a full-width brand and digits run into Chinese', () => {
    expect(check('欢迎访问ＵｅｄＢｅｔ体育人民政府网站')[0]).toMatchObject({
      severity: 'block',
      match: 'ＵｅｄＢｅｔ体育',
      fingerprint: 'placeName:body:uedbet体育',
    })
    expect(check('通过888体育人民政府门户网站')[0]).toMatchObject({ severity: 'block', match: '888体育' })
  })

  it('should block a gambling brand written in Chinese before 人民政府, and warn before a bare 政府', () => {
    expect(check('通过金沙娱乐人民政府门户网站').map((found) => [found.severity, found.match])).toEqual([
      ['block', '金沙娱乐'],
    ])
    expect(check('全民健身与体育政府投入').map((found) => [found.severity, found.match])).toEqual([['warn', '体育']])
  })

  it('should not take a year, a count or a hotline number for a name', () => {
    expect(check('2011年市政府工作报告；第3届人民代表大会；拨打12345政府服务便民热线')).toEqual([])
  })

  it('should not take the Latin words government texts use before 政府 for a brand', () => {
    expect(check('推进PPP政府和社会资本合作项目，上线APP政府服务专区')).toEqual([])
  })

  it('should accept official names, their parts and their superiors', () => {
    const official = ['扎兰屯市人民政府', '扎兰屯市卧牛河镇人民政府', '呼伦贝尔市', '内蒙古自治区']
    const text =
      '扎兰屯市人民政府、扎兰屯人民政府、卧牛河镇人民政府、扎兰屯市卧牛河镇人民政府、呼伦贝尔市人民政府、' +
      '内蒙古自治区人民政府、内蒙古自治区呼伦贝尔市扎兰屯市人民政府、扎兰屯市人民代表大会'
    expect(check(text, official)).toEqual([])
  })

  it('should warn about a place that is none of the official names', () => {
    const findings = check('经阿荣旗人民政府同意，由齐齐哈尔市政府牵头', ['扎兰屯市人民政府'])
    expect(findings.map((found) => [found.severity, found.match, found.fingerprint])).toEqual([
      ['warn', '阿荣旗', 'placeName:body:阿荣旗'],
      ['warn', '齐齐哈尔市', 'placeName:body:齐齐哈尔市'],
    ])
    expect(findings[0]!.message.zh).toContain('阿荣旗')
  })

  it('should not report generic phrases', () => {
    const generic = [
      '领导所属各工作部门和各乡镇人民政府、街道办事处的工作',
      '可以申请人民政府处理',
      '地方各级人民政府',
      '县级以上人民政府',
      '上级人民政府',
      '本级人民政府',
      '市政府高度重视，县政府、区政府、旗政府、省人民政府、自治区人民政府',
      '《中华人民共和国政府信息公开条例》、国务院',
      '进一步整合旗市区人民政府和乡镇政府',
      '全市政府信息公开工作；我市政府；本县人民政府；该区人民政府',
      '会议研究了市政府规范性文件清理工作',
      '将参会人员名单报市政府信息公开工作领导小组办公室',
      '对2009年底前市政府制发的规范性文件进行了清理',
      '协助市长处理市政府日常工作，担任市政府信息公开工作领导小组副组长',
      '主持市政府全面工作；兼任市政府办公室主任；集中办理市政府各部门的行政审批事项',
      '督导各盟市人民政府、旗县人民政府和区县政府',
      '省、自治区、直辖市人民政府；设区的市人民政府；乡、民族乡、镇的人民政府；民族乡人民政府',
      '市辖区人民政府、省会城市人民政府、有关地区人民政府、开发区政府、受灾地区人民政府',
    ]
    for (const text of generic) expect(check(text), text).toEqual([])
  })

  it('should still warn about cities whose names end in two suffix characters', () => {
    expect(check('杭州市人民政府、北京市通州区人民政府').map((found) => found.match)).toEqual([
      '杭州市',
      '北京市通州区',
    ])
  })

  it('should split official names into the segments running text uses', () => {
    expect([...officialSegments(['扎兰屯市卧牛河镇人民政府', '扎兰屯市高台子街道办事处'])].sort()).toEqual(
      ['卧牛河', '卧牛河镇', '扎兰屯', '扎兰屯市', '高台子', '高台子街道'].sort(),
    )
  })
})
