import type { Official } from '../../payload-types'
import type { Refs } from '../refs'
import type { Seed } from '../upsert'
import type { InstitutionShortName } from './institutions'

import { day } from '../dates'
import { richText } from '../richText'

type Appointment = readonly [action: 'appointed' | 'removed', post: string, date: string, documentNumber?: string]

type OfficialDefinition = {
  /** Fictional: demo data must never put words in a real official's mouth. */
  name: string
  institution: InstitutionShortName
  post: string
  portfolio: string
  /** 性别、民族、出生年月、籍贯、学历、参加工作时间 */
  profile: string
  career: readonly string[]
  order: number
  termStart: string
  termEnd?: string
  appointments: readonly Appointment[]
  isDraft?: boolean
}

export const officials: readonly OfficialDefinition[] = [
  {
    name: '张志刚',
    institution: '市政府',
    post: '市长',
    portfolio: '主持市政府全面工作，负责审计、机构编制工作，担任市政府信息公开工作领导小组组长。',
    profile: '男，汉族，1962年5月出生，内蒙古扎兰屯人，中央党校研究生学历，1982年8月参加工作。',
    career: [
      '2003.06—2007.12 扎兰屯市人民政府副市长',
      '2007.12—2011.01 扎兰屯市人民政府常务副市长',
      '2011.01— 扎兰屯市人民政府市长',
    ],
    order: 10,
    termStart: '2011-01-12',
    appointments: [['appointed', '市长', '2011-01-12']],
  },
  {
    name: '李文华',
    institution: '市政府',
    post: '常务副市长',
    portfolio:
      '负责市政府常务工作，分管发展改革、财政、统计、政府信息公开和信息化工作。分管市发改委、财政局、统计局、信息中心。',
    profile: '男，汉族，1965年9月出生，黑龙江齐齐哈尔人，大学学历，1986年7月参加工作。',
    career: [
      '2005.03—2008.06 扎兰屯市财政局局长',
      '2008.06—2011.01 扎兰屯市人民政府副市长',
      '2011.01— 扎兰屯市人民政府常务副市长',
    ],
    order: 20,
    termStart: '2011-01-12',
    appointments: [
      ['appointed', '副市长', '2008-06-20', '扎人常任〔2008〕4号'],
      ['appointed', '常务副市长', '2011-01-12'],
    ],
  },
  {
    name: '巴特尔',
    institution: '市政府',
    post: '副市长',
    portfolio: '负责农牧业、林业、水利、扶贫开发、民族宗教工作。分管市农牧业局、国土资源局。',
    profile: '男，蒙古族，1966年2月出生，内蒙古鄂温克旗人，大学学历，1988年7月参加工作。',
    career: ['2004.09—2009.03 扎兰屯市农牧业局局长', '2009.03— 扎兰屯市人民政府副市长'],
    order: 30,
    termStart: '2009-03-18',
    appointments: [['appointed', '副市长', '2009-03-18', '扎人常任〔2009〕2号']],
  },
  {
    name: '孟庆梅',
    institution: '市政府',
    post: '副市长',
    portfolio: '负责教育、卫生、人口和计划生育、民政、人力资源和社会保障工作。分管市教育局、卫生局、民政局、人社局。',
    profile: '女，汉族，1968年11月出生，内蒙古扎兰屯人，研究生学历，1990年7月参加工作。',
    career: ['2006.01—2011.01 扎兰屯市教育局局长', '2011.01— 扎兰屯市人民政府副市长'],
    order: 40,
    termStart: '2011-01-12',
    appointments: [['appointed', '副市长', '2011-01-12']],
  },
  {
    name: '杨帆',
    institution: '市政府',
    post: '副市长',
    portfolio: '负责公安、司法、信访、安全生产、城乡建设和环境保护工作。分管市公安局、住建局、环保局。',
    profile: '男，汉族，1967年3月出生，辽宁沈阳人，大学学历，1989年8月参加工作。',
    career: ['2007.04—2011.01 扎兰屯市公安局局长', '2011.01— 扎兰屯市人民政府副市长'],
    order: 50,
    termStart: '2011-01-12',
    appointments: [['appointed', '副市长', '2011-01-12']],
  },
  {
    name: '赵海峰',
    institution: '市政府',
    post: '副市长',
    portfolio: '曾负责城乡建设、交通、环境保护工作。',
    profile: '男，汉族，1958年7月出生，吉林白城人，大学学历，1978年12月参加工作。',
    career: ['2003.06—2011.01 扎兰屯市人民政府副市长'],
    order: 90,
    termStart: '2003-06-10',
    termEnd: '2011-01-12',
    appointments: [
      ['appointed', '副市长', '2003-06-10'],
      ['removed', '副市长', '2011-01-12', '扎人常任〔2011〕1号'],
    ],
  },
  {
    name: '刘宏伟',
    institution: '市政府',
    post: '秘书长',
    portfolio: '协助市长处理市政府日常工作，担任市政府信息公开工作领导小组副组长。',
    profile: '男，汉族，1970年4月出生，内蒙古扎兰屯人，大学学历，1992年7月参加工作。',
    career: ['2008.02—2011.02 扎兰屯市人民政府办公室副主任', '2011.02— 扎兰屯市人民政府秘书长、办公室主任'],
    order: 60,
    termStart: '2011-02-21',
    appointments: [['appointed', '秘书长', '2011-02-21', '扎政任〔2011〕3号']],
  },
  {
    name: '刘宏伟',
    institution: '政府办公室',
    post: '主任',
    portfolio: '主持市政府办公室全面工作。',
    profile: '男，汉族，1970年4月出生，内蒙古扎兰屯人，大学学历，1992年7月参加工作。',
    career: ['2008.02—2011.02 扎兰屯市人民政府办公室副主任', '2011.02— 扎兰屯市人民政府秘书长、办公室主任'],
    order: 10,
    termStart: '2011-02-21',
    appointments: [['appointed', '扎兰屯市人民政府办公室主任', '2011-02-21', '扎政任〔2011〕3号']],
  },
  {
    name: '王静',
    institution: '政府办公室',
    post: '副主任',
    portfolio: '负责政务信息、政府信息公开、机要保密工作，兼任市政府信息公开工作领导小组办公室主任。',
    profile: '女，汉族，1975年8月出生，内蒙古呼伦贝尔人，大学学历，1997年7月参加工作。',
    career: ['2006.05—2011.02 扎兰屯市人民政府办公室秘书科科长', '2011.02— 扎兰屯市人民政府办公室副主任'],
    order: 20,
    termStart: '2011-02-21',
    appointments: [['appointed', '扎兰屯市人民政府办公室副主任', '2011-02-21', '扎政任〔2011〕4号']],
  },
  {
    name: '陈立新',
    institution: '监察局',
    post: '局长',
    portfolio: '主持市监察局全面工作，担任市政府信息公开工作领导小组副组长。',
    profile: '男，汉族，1964年10月出生，内蒙古扎兰屯人，大学学历，1984年9月参加工作。',
    career: ['2007.06— 扎兰屯市监察局局长'],
    order: 10,
    termStart: '2007-06-15',
    appointments: [['appointed', '扎兰屯市监察局局长', '2007-06-15', '扎人常任〔2007〕6号']],
  },
  {
    name: '周明',
    institution: '发改委',
    post: '主任',
    portfolio: '主持市发展和改革委员会全面工作。',
    profile: '男，汉族，1969年1月出生，内蒙古扎兰屯人，研究生学历，1991年7月参加工作。',
    career: ['2009.04— 扎兰屯市发展和改革委员会主任'],
    order: 10,
    termStart: '2009-04-08',
    appointments: [['appointed', '扎兰屯市发展和改革委员会主任', '2009-04-08', '扎人常任〔2009〕3号']],
  },
  {
    name: '吴振东',
    institution: '财政局',
    post: '局长',
    portfolio: '主持市财政局全面工作。',
    profile: '男，汉族，1966年12月出生，内蒙古扎兰屯人，大学学历，1987年7月参加工作。',
    career: ['2005.03—2008.06 扎兰屯市财政局副局长', '2008.06— 扎兰屯市财政局局长'],
    order: 10,
    termStart: '2008-06-20',
    appointments: [['appointed', '扎兰屯市财政局局长', '2008-06-20', '扎人常任〔2008〕4号']],
  },
  {
    name: '孙丽',
    institution: '财政局',
    post: '副局长',
    portfolio: '负责预算、国库和政府采购工作。',
    profile: '女，汉族，1976年3月出生，内蒙古扎兰屯人，大学学历，1998年7月参加工作。',
    career: ['2012.03— 扎兰屯市财政局副局长（拟任）'],
    order: 20,
    termStart: '2012-03-15',
    appointments: [['appointed', '扎兰屯市财政局副局长', '2012-03-15', '扎政任〔2012〕2号']],
    isDraft: true,
  },
  {
    name: '郭瑞',
    institution: '保密局',
    post: '局长',
    portfolio: '主持市国家保密局全面工作，负责政府信息公开保密审查的业务指导。',
    profile: '男，汉族，1971年6月出生，内蒙古扎兰屯人，大学学历，1993年7月参加工作。',
    career: ['2010.05— 扎兰屯市国家保密局局长'],
    order: 10,
    termStart: '2010-05-10',
    appointments: [['appointed', '扎兰屯市国家保密局局长', '2010-05-10', '扎政任〔2010〕7号']],
  },
  {
    name: '郑丽',
    institution: '法制办',
    post: '主任',
    portfolio: '主持市政府法制办公室全面工作。',
    profile: '女，汉族，1972年9月出生，内蒙古扎兰屯人，大学学历，1994年7月参加工作。',
    career: ['2009.08— 扎兰屯市人民政府法制办公室主任'],
    order: 10,
    termStart: '2009-08-03',
    appointments: [['appointed', '扎兰屯市人民政府法制办公室主任', '2009-08-03', '扎政任〔2009〕9号']],
  },
  {
    name: '孙海涛',
    institution: '行政服务审批中心',
    post: '主任',
    portfolio: '主持市行政服务审批中心全面工作。',
    profile: '男，汉族，1973年2月出生，内蒙古扎兰屯人，大学学历，1995年7月参加工作。',
    career: ['2010.03— 扎兰屯市行政服务审批中心主任'],
    order: 10,
    termStart: '2010-03-22',
    appointments: [['appointed', '扎兰屯市行政服务审批中心主任', '2010-03-22', '扎政任〔2010〕2号']],
  },
  {
    name: '高秀兰',
    institution: '档案局',
    post: '局长',
    portfolio: '主持市档案局全面工作。',
    profile: '女，满族，1967年5月出生，内蒙古扎兰屯人，大学学历，1988年8月参加工作。',
    career: ['2008.09— 扎兰屯市档案局局长'],
    order: 10,
    termStart: '2008-09-01',
    appointments: [['appointed', '扎兰屯市档案局局长', '2008-09-01', '扎政任〔2008〕11号']],
  },
  {
    name: '韩冰',
    institution: '信息中心',
    post: '主任',
    portfolio: '主持市信息中心全面工作，负责政府门户网站和政府信息公开专栏的运行维护。',
    profile: '男，汉族，1978年12月出生，内蒙古扎兰屯人，大学学历，2000年7月参加工作。',
    career: ['2011.02— 扎兰屯市信息中心主任'],
    order: 10,
    termStart: '2011-02-21',
    appointments: [['appointed', '扎兰屯市信息中心主任', '2011-02-21', '扎政任〔2011〕5号']],
  },
  {
    name: '马建军',
    institution: '教育局',
    post: '局长',
    portfolio: '主持市教育局全面工作。',
    profile: '男，回族，1969年7月出生，内蒙古扎兰屯人，研究生学历，1990年8月参加工作。',
    career: ['2011.02— 扎兰屯市教育局局长'],
    order: 10,
    termStart: '2011-02-25',
    appointments: [['appointed', '扎兰屯市教育局局长', '2011-02-25', '扎人常任〔2011〕2号']],
  },
  {
    name: '何玉珍',
    institution: '卫生局',
    post: '局长',
    portfolio: '主持市卫生局全面工作。',
    profile: '女，汉族，1966年4月出生，内蒙古扎兰屯人，大学学历，1987年7月参加工作。',
    career: ['2009.04— 扎兰屯市卫生局局长'],
    order: 10,
    termStart: '2009-04-08',
    appointments: [['appointed', '扎兰屯市卫生局局长', '2009-04-08', '扎人常任〔2009〕3号']],
  },
  {
    name: '林志勇',
    institution: '民政局',
    post: '局长',
    portfolio: '主持市民政局全面工作。',
    profile: '男，汉族，1968年8月出生，内蒙古扎兰屯人，大学学历，1989年7月参加工作。',
    career: ['2010.06— 扎兰屯市民政局局长'],
    order: 10,
    termStart: '2010-06-28',
    appointments: [['appointed', '扎兰屯市民政局局长', '2010-06-28', '扎人常任〔2010〕5号']],
  },
  {
    name: '宋晓光',
    institution: '人社局',
    post: '局长',
    portfolio: '主持市人力资源和社会保障局全面工作。',
    profile: '男，汉族，1970年10月出生，内蒙古扎兰屯人，大学学历，1992年7月参加工作。',
    career: ['2010.06— 扎兰屯市人力资源和社会保障局局长'],
    order: 10,
    termStart: '2010-06-28',
    appointments: [['appointed', '扎兰屯市人力资源和社会保障局局长', '2010-06-28', '扎人常任〔2010〕5号']],
  },
  {
    name: '徐丽娜',
    institution: '高台子街道',
    post: '主任',
    portfolio: '主持高台子街道办事处全面工作。',
    profile: '女，汉族，1977年1月出生，内蒙古扎兰屯人，大学学历，1999年7月参加工作。',
    career: ['2011.03— 扎兰屯市高台子街道办事处主任'],
    order: 10,
    termStart: '2011-03-10',
    appointments: [['appointed', '扎兰屯市高台子街道办事处主任', '2011-03-10', '扎政任〔2011〕6号']],
  },
  {
    name: '乌力吉',
    institution: '卧牛河镇',
    post: '镇长',
    portfolio: '主持卧牛河镇人民政府全面工作。',
    profile: '男，蒙古族，1974年11月出生，内蒙古扎兰屯人，大学学历，1996年7月参加工作。',
    career: ['2012.01— 扎兰屯市卧牛河镇人民政府镇长'],
    order: 10,
    termStart: '2012-01-06',
    appointments: [['appointed', '卧牛河镇镇长', '2012-01-06']],
    isDraft: true,
  },
]

export const officialKey = (name: string, institutionId: number) => `${name}@${institutionId}`

export const officialSeeds = (refs: Refs): Seed<'officials'>[] =>
  officials.map((official) => {
    const institution = refs.institution(official.institution)
    const appointments: NonNullable<Official['appointments']> = official.appointments.map(
      ([action, post, date, documentNumber]) => ({
        action,
        post,
        date: day(date),
        documentNumber,
      }),
    )
    return {
      key: officialKey(official.name, institution),
      isDraft: official.isDraft,
      data: {
        name: official.name,
        institution,
        post: official.post,
        portfolio: official.portfolio,
        resume: richText([`${official.name}，${official.profile}`, ...official.career]),
        order: official.order,
        termStart: day(official.termStart),
        termEnd: official.termEnd ? day(official.termEnd) : undefined,
        appointments,
        _status: official.isDraft ? 'draft' : 'published',
      },
    }
  })
