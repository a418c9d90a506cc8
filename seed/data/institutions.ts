import type { Institution } from '../../payload-types'
import type { Seed } from '../upsert'

import { creditCodeCheckCharacter } from '../../collections/validation/creditCode'
import { richText } from '../richText'

/** 扎兰屯市's administrative division code (GB/T 2260), chars 3–8 of every local credit code. */
const DIVISION = '150783'
const POSTCODE = '162650'
export const PORTAL = 'http://www.zhalantun.gov.cn'
export const OFFICE_HOURS = '周一至周五 8:30—12:00，14:30—17:30（法定节假日除外）'

type InstitutionDefinition = {
  shortName: string
  name: string
  kind: Institution['kind']
  /** The first 8 characters of the old organisation code (组织机构代码); the 9th is computed. */
  organisationBase: string
  address: string
  phone: string
  functions: readonly string[]
}

export const government = {
  shortName: '市政府',
  name: '扎兰屯市人民政府',
  kind: 'government',
  organisationBase: '01175001',
  address: '扎兰屯市中央24号',
  phone: '0470-3202011',
  functions: [
    '执行市人民代表大会及其常务委员会的决议，执行上级国家行政机关的决定和命令，规定行政措施，发布决定和命令。',
    '领导所属各工作部门和各乡镇人民政府、街道办事处的工作，编制和执行国民经济和社会发展计划、财政预算，管理本行政区域内的经济、教育、科学、文化、卫生、体育、城乡建设、民政、公安、民族事务等行政工作。',
    '组织领导全市政府信息公开工作，编制并发布扎兰屯市人民政府政府信息公开年度报告。',
  ],
} as const satisfies InstitutionDefinition

/** The departments the 2011 annual report names, then a few more a county-level city has. */
export const departments = [
  {
    shortName: '政府办公室',
    name: '扎兰屯市人民政府办公室',
    kind: 'department',
    organisationBase: '01175002',
    address: '扎兰屯市中央24号',
    phone: '0470-3202126',
    functions: [
      '协助市政府领导处理市政府日常工作，负责市政府常务会议、专题会议的组织和会议纪要的起草、印发。',
      '负责市政府公文处理、督促检查、政务信息和机要保密工作。',
      '承担市政府信息公开工作领导小组办公室的日常工作，组织推进、指导、协调、监督全市政府信息公开工作。',
    ],
  },
  {
    shortName: '监察局',
    name: '扎兰屯市监察局',
    kind: 'department',
    organisationBase: '01175003',
    address: '扎兰屯市中央路18号',
    phone: '0470-3212340',
    functions: [
      '监督检查市政府各部门和乡镇人民政府贯彻执行法律法规和政策、决定、命令的情况。',
      '受理对监察对象违反行政纪律行为的控告、检举，调查处理违反行政纪律的行为。',
      '对政府信息公开工作进行监督，对违反《中华人民共和国政府信息公开条例》的行为依法追究责任。',
    ],
  },
  {
    shortName: '发改委',
    name: '扎兰屯市发展和改革委员会',
    kind: 'department',
    organisationBase: '01175004',
    address: '扎兰屯市中央路26号',
    phone: '0470-3223518',
    functions: [
      '拟订并组织实施全市国民经济和社会发展战略、中长期规划和年度计划。',
      '负责全市固定资产投资项目的审批、核准和备案，组织推进重点项目建设。',
      '负责价格管理和监督检查工作，拟订并组织实施价格政策。',
    ],
  },
  {
    shortName: '财政局',
    name: '扎兰屯市财政局',
    kind: 'department',
    organisationBase: '01175005',
    address: '扎兰屯市繁荣路12号',
    phone: '0470-3225106',
    functions: [
      '拟订全市财政发展规划和政策，编制年度财政预算草案并组织执行，编制财政决算。',
      '管理市级财政收支、政府非税收入和政府采购，监督财政资金使用。',
      '负责财政预算、决算和部门预算信息的公开工作。',
    ],
  },
  {
    shortName: '保密局',
    name: '扎兰屯市国家保密局',
    kind: 'directly-affiliated',
    organisationBase: '01175006',
    address: '扎兰屯市中央24号',
    phone: '0470-3202139',
    functions: [
      '贯彻执行国家保密工作方针政策和法律法规，依法管理全市保密工作。',
      '指导各部门建立健全政府信息公开保密审查制度，对拟公开的政府信息开展保密审查的业务指导和监督检查。',
    ],
  },
  {
    shortName: '法制办',
    name: '扎兰屯市人民政府法制办公室',
    kind: 'directly-affiliated',
    organisationBase: '01175007',
    address: '扎兰屯市中央24号',
    phone: '0470-3202157',
    functions: ['负责市政府规范性文件的合法性审查、备案和清理工作。', '办理行政复议案件，指导全市行政执法监督工作。'],
  },
  {
    shortName: '行政服务审批中心',
    name: '扎兰屯市行政服务审批中心',
    kind: 'directly-affiliated',
    organisationBase: '01175008',
    address: '扎兰屯市兴华路8号',
    phone: '0470-3261234',
    functions: [
      '集中办理市政府各部门的行政审批事项和社会服务事项，实行“一站式”服务。',
      '在办事窗口、电子公告栏和触摸屏查询系统公开审批事项的设定依据、办事程序、申请条件、申报材料、收费依据和收费标准。',
    ],
  },
  {
    shortName: '档案局',
    name: '扎兰屯市档案局',
    kind: 'directly-affiliated',
    organisationBase: '01175009',
    address: '扎兰屯市繁荣路20号',
    phone: '0470-3226571',
    functions: [
      '统筹规划并组织协调全市档案事业建设，负责全市档案工作的监督和指导。',
      '接收、征集、保管和开放利用档案，设立政府公开信息查阅场所，向社会提供已公开政府信息的查阅服务。',
    ],
  },
  {
    shortName: '信息中心',
    name: '扎兰屯市信息中心',
    kind: 'public-institution',
    organisationBase: '01175010',
    address: '扎兰屯市中央24号',
    phone: '0470-3204029',
    functions: [
      '全市政府信息公开工作的主管部门，负责指导、协调、监督全市政府信息公开工作。',
      '负责扎兰屯市人民政府门户网站的建设、运行维护和信息发布，承担市人民政府信息化办公室的日常工作。',
    ],
  },
  {
    shortName: '教育局',
    name: '扎兰屯市教育局',
    kind: 'department',
    organisationBase: '01175011',
    address: '扎兰屯市正阳街15号',
    phone: '0470-3233320',
    functions: [
      '贯彻执行国家教育方针政策，拟订全市教育事业发展规划并组织实施。',
      '统筹管理全市基础教育、职业教育和成人教育，负责学生资助和义务教育阶段招生工作。',
    ],
  },
  {
    shortName: '卫生局',
    name: '扎兰屯市卫生局',
    kind: 'department',
    organisationBase: '01175012',
    address: '扎兰屯市繁荣路33号',
    phone: '0470-3228245',
    functions: [
      '拟订全市卫生事业发展规划，负责疾病预防控制、卫生应急和医疗机构管理。',
      '负责公共场所卫生监督、新型农村合作医疗管理工作。',
    ],
  },
  {
    shortName: '公安局',
    name: '扎兰屯市公安局',
    kind: 'department',
    organisationBase: '01175013',
    address: '扎兰屯市中央路40号',
    phone: '0470-3210110',
    functions: [
      '维护社会治安秩序，预防、制止和侦查违法犯罪活动。',
      '负责户籍、居民身份证、道路交通安全和消防监督管理工作。',
    ],
  },
  {
    shortName: '民政局',
    name: '扎兰屯市民政局',
    kind: 'department',
    organisationBase: '01175014',
    address: '扎兰屯市兴华路21号',
    phone: '0470-3227302',
    functions: [
      '负责城乡居民最低生活保障、农村五保供养和医疗救助工作。',
      '负责救灾救济、优抚安置、婚姻登记、社会组织登记管理和老龄工作。',
    ],
  },
  {
    shortName: '人社局',
    name: '扎兰屯市人力资源和社会保障局',
    kind: 'department',
    organisationBase: '01175015',
    address: '扎兰屯市繁荣路8号',
    phone: '0470-3229516',
    functions: [
      '负责全市公务员考试录用、事业单位公开招聘和人事管理工作。',
      '负责就业促进、职业培训和城镇职工、城乡居民社会保险工作。',
    ],
  },
  {
    shortName: '住建局',
    name: '扎兰屯市住房和城乡建设局',
    kind: 'department',
    organisationBase: '01175016',
    address: '扎兰屯市中央路52号',
    phone: '0470-3224468',
    functions: [
      '负责城乡规划实施、建筑市场和建设工程质量安全监督管理。',
      '负责棚户区改造、保障性住房建设和城市市政公用设施管理。',
    ],
  },
  {
    shortName: '国土资源局',
    name: '扎兰屯市国土资源局',
    kind: 'department',
    organisationBase: '01175017',
    address: '扎兰屯市正阳街6号',
    phone: '0470-3231187',
    functions: [
      '负责土地利用总体规划的编制和实施，土地征收、出让和登记管理。',
      '负责矿产资源开发管理和地质灾害防治工作。',
    ],
  },
  {
    shortName: '环保局',
    name: '扎兰屯市环境保护局',
    kind: 'department',
    organisationBase: '01175018',
    address: '扎兰屯市兴华路36号',
    phone: '0470-3236690',
    functions: [
      '负责建设项目环境影响评价文件的审批和环境保护设施验收。',
      '负责环境质量监测、污染源监督管理和环境执法工作，发布环境质量状况。',
    ],
  },
  {
    shortName: '农牧业局',
    name: '扎兰屯市农牧业局',
    kind: 'department',
    organisationBase: '01175019',
    address: '扎兰屯市繁荣路45号',
    phone: '0470-3225830',
    functions: [
      '拟订全市农牧业发展规划，组织春耕生产、农作物病虫害防治和动物疫病防控。',
      '负责种粮补贴、良种补贴、农机购置补贴等强农惠农政策的落实。',
    ],
  },
  {
    shortName: '统计局',
    name: '扎兰屯市统计局',
    kind: 'directly-affiliated',
    organisationBase: '01175020',
    address: '扎兰屯市中央路26号',
    phone: '0470-3223702',
    functions: [
      '组织实施全市统计调查，搜集、整理和提供国民经济和社会发展统计数据。',
      '定期发布全市国民经济主要指标和统计公报。',
    ],
  },
  {
    shortName: '高台子街道',
    name: '扎兰屯市高台子街道办事处',
    kind: 'township',
    organisationBase: '01175021',
    address: '扎兰屯市高台子街道布特哈路3号',
    phone: '0470-3245016',
    functions: [
      '承担辖区社区建设、社会事务、综合治理和城市管理工作。',
      '负责辖区城市居民最低生活保障、就业再就业和计划生育等公共服务的受理和初审。',
    ],
  },
  {
    shortName: '兴华街道',
    name: '扎兰屯市兴华街道办事处',
    kind: 'township',
    organisationBase: '01175022',
    address: '扎兰屯市兴华路60号',
    phone: '0470-3248122',
    functions: ['承担辖区社区建设、社会事务、综合治理和城市管理工作。', '组织开展辖区居务公开和便民服务工作。'],
  },
  {
    shortName: '卧牛河镇',
    name: '扎兰屯市卧牛河镇人民政府',
    kind: 'township',
    organisationBase: '01175023',
    address: '扎兰屯市卧牛河镇政府街1号',
    phone: '0470-3651002',
    functions: [
      '执行本级人民代表大会的决议和上级国家行政机关的决定和命令，管理本镇经济、社会和公共事务。',
      '组织落实强农惠农政策，推进村务公开和民主管理。',
    ],
  },
  {
    shortName: '成吉思汗镇',
    name: '扎兰屯市成吉思汗镇人民政府',
    kind: 'township',
    organisationBase: '01175024',
    address: '扎兰屯市成吉思汗镇迎宾路2号',
    phone: '0470-3681006',
    functions: [
      '执行本级人民代表大会的决议和上级国家行政机关的决定和命令，管理本镇经济、社会和公共事务。',
      '组织农牧业生产、村镇建设和社会事业发展，推进村务公开。',
    ],
  },
] as const satisfies readonly InstitutionDefinition[]

export type InstitutionShortName = typeof government.shortName | (typeof departments)[number]['shortName']

export const institutionDefinition = (shortName: InstitutionShortName): InstitutionDefinition =>
  [government, ...departments].find((definition) => definition.shortName === shortName)!

/** GB 11714 organisation code: 8 characters, then 11 − (weighted sum mod 11), with 10 → X and 11 → 0. */
const organisationCode = (base: string): string => {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...base].reduce((acc, char, i) => acc + parseInt(char, 36) * weights[i]!, 0)
  const check = 11 - (sum % 11)
  return base + (check === 10 ? 'X' : check === 11 ? '0' : String(check))
}

/** 统一社会信用代码: registrar 1 (机构编制) with type 1 (机关) or 2 (事业单位), division, organisation code, check. */
export const creditCodeOf = (definition: InstitutionDefinition): string => {
  const type = definition.kind === 'public-institution' ? '12' : '11'
  const first17 = `${type}${DIVISION}${organisationCode(definition.organisationBase)}`
  return first17 + creditCodeCheckCharacter(first17)
}

/** 公开指南 (Art. 12 of the regulation): what is published, where, how to ask, what it costs, and recourse. */
const disclosureGuide = (definition: InstitutionDefinition) =>
  richText([
    `为了更好地开展政府信息公开工作，依据《中华人民共和国政府信息公开条例》，编制本指南。需要获得${definition.name}政府信息公开服务的公民、法人或者其他组织，建议阅读本指南。`,
    '一、公开范围：本机关主动公开机构职能、领导信息、政策文件、规划计划、财政预决算、行政审批事项、人事任免等政府信息，具体内容见本机关政府信息公开目录。',
    `二、公开方式：主动公开的信息通过扎兰屯市人民政府门户网站（${PORTAL.replace('http://', '')}）“政府信息公开”专栏、《扎兰资讯》和扎兰屯市行政服务审批中心公告栏等渠道公开，自信息形成或者变更之日起20个工作日内予以公开。`,
    `三、依申请公开：公民、法人或者其他组织可以书面形式（包括数据电文形式）向本机关申请获取政府信息。受理地址：${definition.address}；邮编：${POSTCODE}；办公时间：${OFFICE_HOURS}；联系电话：${definition.phone}。能够当场答复的当场答复；不能当场答复的，自收到申请之日起15个工作日内答复，需要延长的，经负责人同意可延长15个工作日。`,
    '四、收费：依申请提供政府信息，除可以收取检索、复制、邮寄等成本费用外，不收取其他费用。',
    '五、监督和救济：公民、法人或者其他组织认为本机关在政府信息公开工作中的具体行政行为侵犯其合法权益的，可以向扎兰屯市监察局举报，也可以依法申请行政复议或者提起行政诉讼。',
  ])

const toSeed = (definition: InstitutionDefinition, order: number, parent?: number): Seed<'institutions'> => ({
  key: definition.name,
  data: {
    name: definition.name,
    shortName: definition.shortName,
    creditCode: creditCodeOf(definition),
    kind: definition.kind,
    parent,
    functions: richText(definition.functions),
    address: definition.address,
    phone: definition.phone,
    officeHours: OFFICE_HOURS,
    website: PORTAL,
    disclosureGuide: disclosureGuide(definition),
    order,
    _status: 'published',
  },
})

export const governmentSeed = (): Seed<'institutions'> => toSeed(government, 10)

/** The departments and townships, under the government. */
export const departmentSeeds = (governmentId: number): Seed<'institutions'>[] =>
  departments.map((definition, i) => toSeed(definition, (i + 2) * 10, governmentId))
