import type { ItemDefinition } from './types'

import { annualReport2011 } from '../annualReport2011'

const DISCLOSURE = ['政府信息公开'] as const

/**
 * What the 2011 annual report says the city did: the report itself, the leading group, the two training meetings,
 * the 通报 system, the awards, the mayor's mailbox, the guide and catalogue, and the plans it published. The city's
 * real 2008–2010 reports are not invented here; generated reports (annual-reports) cover the demo's later years.
 */
export const reportItems: readonly ItemDefinition[] = [
  {
    title: annualReport2011.title,
    institution: '政府办公室',
    date: annualReport2011.published,
    theme: '综合政务',
    genre: '报告',
    keywords: [...DISCLOSURE, '年度报告', '2011年'],
    paragraphs: annualReport2011.paragraphs,
  },
  {
    title: '扎兰屯市人民政府办公室关于成立扎兰屯市政府信息公开工作领导小组的通知',
    institution: '政府办公室',
    date: '2011-03-08',
    documentNumber: '扎政办发〔2011〕6号',
    theme: '综合政务',
    genre: '通知',
    keywords: [...DISCLOSURE, '领导小组'],
    paragraphs: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '为切实加强对政府信息公开工作的组织领导，经市政府研究，决定成立扎兰屯市政府信息公开工作领导小组。',
      '组长由市政府市长担任；副组长由市政府秘书长、市监察局局长担任；成员由市发改委、财政局、保密局、法制办、行政服务审批中心、档案局等部门主要负责人组成。',
      '领导小组下设办公室，办公室设在市政府办公室。市信息中心为全市政府信息公开工作的主管部门，负责指导、协调、监督全市政府信息公开工作。',
      '各乡镇、各部门要按照要求成立相应的组织和领导机构，把政府信息公开工作责任明确到人。',
    ],
  },
  ...(
    [
      ['关于召开全市政府信息公开专题业务培训会议的通知', '2011-04-06', '扎政办发〔2011〕9号', '第一次'],
      ['关于召开第二次全市政府信息公开专题业务培训会议的通知', '2011-09-14', '扎政办发〔2011〕24号', '第二次'],
    ] as const
  ).map(([title, date, documentNumber, which]): ItemDefinition => ({
    title,
    institution: '政府办公室',
    date,
    documentNumber,
    theme: '综合政务',
    genre: '通知',
    keywords: [...DISCLOSURE, '业务培训'],
    paragraphs: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      `为进一步提高各乡镇、各部门主动公开政府信息的意识和执行《条例》的能力，市政府决定召开${which}全市政府信息公开专题业务培训会议。`,
      '一、参加人员：各乡镇和市政府各部门分管领导及信息工作人员。',
      '二、培训内容：《中华人民共和国政府信息公开条例》解读、公开目录编制、保密审查和依申请公开办理流程。',
      '三、请各单位于会前将参会人员名单报市政府信息公开工作领导小组办公室。',
    ],
  })),
  ...(
    [
      ['扎兰屯市政府信息公开工作情况通报（2011年第1期）', '2011-07-12', '扎政办发〔2011〕25号', '上半年'],
      ['扎兰屯市政府信息公开工作情况通报（2011年第2期）', '2011-12-20', '扎政办发〔2011〕31号', '下半年'],
    ] as const
  ).map(([title, date, documentNumber, period]): ItemDefinition => ({
    title,
    institution: '政府办公室',
    date,
    documentNumber,
    theme: '综合政务',
    genre: '通报',
    keywords: [...DISCLOSURE, '通报'],
    paragraphs: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      `根据《扎兰屯市政府信息公开工作通报制度》，现将2011年${period}全市政府信息公开工作情况通报如下。`,
      '一、大部分单位能够按照公开目录及时公开政府信息，公开内容逐步规范。',
      '二、个别单位存在信息更新不及时、公开目录不完整的问题，予以通报，请限期整改。',
      '三、通报结果作为年度政务信息化表彰的重要依据。',
    ],
  })),
  {
    title: '扎兰屯市人民政府关于表彰2011年度政务信息化工作先进集体和先进个人的决定',
    institution: '市政府',
    date: '2012-01-18',
    documentNumber: '扎政发〔2012〕2号',
    theme: '综合政务',
    genre: '决定',
    keywords: ['政务信息化', '表彰', ...DISCLOSURE],
    paragraphs: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '2011年，全市各级各部门认真贯彻《中华人民共和国政府信息公开条例》，政务信息化和政府信息公开工作取得新的进展。',
      '为表彰先进，市政府决定，对在政务信息化工作中成绩突出的先进集体和先进个人予以通报表彰。政府信息公开工作情况作为评选的重要依据。',
      '希望受到表彰的单位和个人珍惜荣誉，再接再厉。',
    ],
  },
  {
    title: '扎兰屯市2011年市长信箱留言办理情况',
    institution: '信息中心',
    date: '2012-01-10',
    theme: '综合政务',
    genre: '其他',
    serviceObjects: ['公民'],
    keywords: ['市长信箱', '网民留言'],
    paragraphs: [
      '2011年，通过市长信箱、政策咨询和市民心声栏目，全年共受理网民留言40余条（含类似或与政府工作无关的留言），结案办理30余条。',
      '留言主要涉及城区供热、道路维修、就业和社会保障政策咨询等方面，均转交相关部门办理并答复。',
    ],
  },
  {
    title: '扎兰屯市人民政府政府信息公开指南（2009年）',
    institution: '政府办公室',
    date: '2009-02-16',
    theme: '综合政务',
    genre: '办事指南',
    validity: 'amended',
    serviceObjects: ['公民', '法人'],
    keywords: [...DISCLOSURE, '公开指南'],
    paragraphs: ['本指南说明扎兰屯市人民政府政府信息公开的范围、方式和依申请公开的程序。', '本指南已于2011年修订。'],
  },
  {
    title: '扎兰屯市人民政府政府信息公开指南（2011年修订）',
    institution: '政府办公室',
    date: '2011-03-08',
    theme: '综合政务',
    genre: '办事指南',
    serviceObjects: ['公民', '法人'],
    keywords: [...DISCLOSURE, '公开指南'],
    supersedes: '扎兰屯市人民政府政府信息公开指南（2009年）',
    paragraphs: [
      '一、公开范围：市政府主动公开机构职能、领导信息、政策文件、规划计划、财政预决算、行政审批事项、人事任免、公务员招考等政府信息。',
      '二、公开方式：政府门户网站“政府信息公开”专栏（www.zhalantun.gov.cn）、《扎兰资讯》政府信息公开专栏、行政服务审批中心办事窗口和电子公告栏、触摸屏查询系统。',
      '三、依申请公开：受理机构为市人民政府信息化办公室，地址：扎兰屯市中央24号，邮编：162650，电话：0470-3204029，电子邮箱：zltjn@126.com。',
      '四、监督方式：公民、法人或者其他组织认为行政机关不依法履行政府信息公开义务的，可以向市监察局举报。',
    ],
  },
  {
    title: '扎兰屯市人民政府政府信息公开目录',
    institution: '政府办公室',
    date: '2011-03-08',
    theme: '综合政务',
    genre: '其他',
    keywords: [...DISCLOSURE, '公开目录'],
    paragraphs: [
      '本目录按机构、主题、体裁和年度编排，每条信息包括索引号、信息名称、发布机构、生成日期、文号和内容概述。',
      '主要类别：机构职能、领导信息、政策法规、规划计划、统计信息、财政信息、行政审批、人事任免、公务员招考、政府常务会议。',
    ],
  },
  {
    title: '《扎兰资讯》开设政府信息公开专栏的说明',
    institution: '政府办公室',
    date: '2011-05-16',
    theme: '文化、广电、新闻出版',
    genre: '其他',
    keywords: ['扎兰资讯', ...DISCLOSURE],
    paragraphs: [
      '自2011年起，《扎兰资讯》开设政府信息公开专栏，刊登重要政策法规、文件、人事任免等信息。',
      '专栏内容与政府门户网站同步，电子版格式与印刷版一致。',
    ],
  },
  {
    title: '扎兰屯市国民经济和社会发展第十二个五年规划纲要',
    institution: '发改委',
    date: '2011-03-30',
    theme: '国民经济管理、国有资产监管',
    genre: '规划',
    serviceObjects: ['公民', '企业', '投资者'],
    keywords: ['十二五', '发展规划'],
    paragraphs: [
      '本纲要根据扎兰屯市国民经济和社会发展实际编制，经市人民代表大会审议批准，是全市2011—2015年经济社会发展的宏伟蓝图。',
      '纲要提出了“十二五”时期全市经济社会发展的指导思想、主要目标和重点任务，涵盖生态建设、旅游、绿色农畜产品加工、城乡建设和民生改善等方面。',
    ],
  },
  {
    title: '扎兰屯市城市总体规划（2010—2030年）批前公示',
    institution: '住建局',
    date: '2010-11-15',
    theme: '城乡建设、环境保护',
    genre: '规划',
    serviceObjects: ['公民', '企业'],
    keywords: ['城市总体规划', '公示'],
    paragraphs: [
      '为广泛听取社会各界意见，现将《扎兰屯市城市总体规划（2010—2030年）》主要内容进行批前公示，公示期30日。',
      '公示期间，公民、法人和其他组织可以通过书面或者电子邮件方式向市住房和城乡建设局提出意见和建议。',
    ],
  },
]
