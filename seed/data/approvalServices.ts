import type { ApprovalService } from '../../payload-types'
import type { Refs } from '../refs'
import type { Seed } from '../upsert'
import type { ThemeName } from './categories'
import type { InstitutionShortName } from './institutions'

import { richText } from '../richText'
import { creditCodeOf, institutionDefinition, OFFICE_HOURS } from './institutions'

type ServiceType = ApprovalService['serviceType']
type Form = 'original' | 'copy' | 'electronic'
type Material = readonly [name: string, forms: readonly Form[], count?: number]
/** Working days, or 'spot' for 当场办结. */
type Limit = number | 'spot'

type ServiceDefinition = {
  name: string
  type: ServiceType
  institution: InstitutionShortName
  theme: ThemeName
  /** Position in the national basic catalogue under its type. */
  serial: number
  legalBasis: string
  conditions: readonly string[]
  materials: readonly Material[]
  legal: Limit
  promised: Limit
  /** [收费依据, 收费标准]; free when absent. */
  fee?: readonly [basis: string, standard: string]
  isDraft?: boolean
}

/** Type codes of the national catalogue of government service items (事项类型代码). */
const TYPE_CODES: Record<ServiceType, string> = {
  licensing: '01',
  penalty: '02',
  enforcement: '03',
  levy: '04',
  benefit: '05',
  inspection: '06',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  'other-power': '10',
  'public-service': '11',
}

/** Powers exercised on the authority's own initiative are handled at its office, not at a service window. */
const isOwnInitiative = (type: ServiceType) => ['penalty', 'enforcement', 'inspection', 'levy'].includes(type)

const APPLICATION_PROCEDURE = [
  '1. 申请：申请人向扎兰屯市行政服务审批中心对应窗口提交申请材料，也可通过政府门户网站下载表格后提交。',
  '2. 受理：窗口对申请材料进行审查，材料齐全、符合法定形式的当场受理；材料不齐全的，一次性告知需要补正的全部内容。',
  '3. 审查：承办机构对申请材料的实质内容进行审查，需要现场核查的组织现场核查。',
  '4. 决定：符合条件的作出准予决定；不符合条件的作出不予决定并说明理由，告知申请人依法享有申请行政复议或者提起行政诉讼的权利。',
  '5. 送达：在窗口或者通过邮寄方式将决定文书送达申请人。',
]

const OWN_INITIATIVE_PROCEDURE = [
  '1. 立案：发现或者接到举报、移送的违法线索，经审查符合条件的予以立案。',
  '2. 调查取证：两名以上执法人员出示执法证件，依法调查、收集证据。',
  '3. 告知：作出决定前，告知当事人拟作出决定的事实、理由、依据及其依法享有的陈述、申辩和要求听证等权利。',
  '4. 决定：根据调查结果依法作出决定，制作决定书。',
  '5. 送达执行：依法送达决定书，并监督执行。',
]

const COMPLAINTS = institutionDefinition('监察局').phone

const services: readonly ServiceDefinition[] = [
  {
    name: '建筑工程施工许可',
    type: 'licensing',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 1,
    legalBasis: '《中华人民共和国建筑法》第七条；《建筑工程施工许可管理办法》第二条',
    conditions: [
      '已经办理建筑工程用地批准手续；在城市规划区的建筑工程，已经取得建设工程规划许可证。',
      '已经确定建筑施工企业，有满足施工需要的施工图纸及技术资料，有保证工程质量和安全的具体措施，建设资金已经落实。',
    ],
    materials: [
      ['建筑工程施工许可证申请表', ['original'], 1],
      ['建设工程规划许可证', ['copy'], 1],
      ['中标通知书或者直接发包批准手续', ['copy'], 1],
      ['施工图设计文件审查合格书', ['copy'], 1],
    ],
    legal: 15,
    promised: 7,
  },
  {
    name: '医疗机构执业登记',
    type: 'licensing',
    institution: '卫生局',
    theme: '卫生、体育',
    serial: 2,
    legalBasis: '《医疗机构管理条例》第十五条、第十六条',
    conditions: [
      '按照设置审批的要求完成医疗机构的建设，有符合规定的名称、组织机构和场所。',
      '有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员，有相应的规章制度。',
    ],
    materials: [
      ['医疗机构申请执业登记注册书', ['original'], 1],
      ['设置医疗机构批准书', ['copy'], 1],
      ['医疗机构用房产权证明或者使用证明', ['copy'], 1],
      ['卫生技术人员名录及其有关资格证书、执业证书', ['copy'], 1],
    ],
    legal: 45,
    promised: 20,
  },
  {
    name: '公共场所卫生许可',
    type: 'licensing',
    institution: '卫生局',
    theme: '卫生、体育',
    serial: 3,
    legalBasis: '《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则》第二十二条',
    conditions: [
      '公共场所的选址、设计、装修符合国家相关标准和规范的要求。',
      '从业人员取得有效健康合格证明，有健全的卫生管理制度和卫生管理档案。',
    ],
    materials: [
      ['卫生许可证申请表', ['original'], 1],
      ['法定代表人或者负责人身份证明', ['copy'], 1],
      ['公共场所地址方位示意图、平面图和卫生设施平面布局图', ['original'], 1],
      ['公共场所卫生检测或者评价报告', ['original'], 1],
    ],
    legal: 20,
    promised: 10,
  },
  {
    name: '建设项目环境影响评价文件审批',
    type: 'licensing',
    institution: '环保局',
    theme: '城乡建设、环境保护',
    serial: 5,
    legalBasis: '《中华人民共和国环境影响评价法》第二十二条；《建设项目环境保护管理条例》第九条',
    conditions: [
      '建设项目符合国家产业政策和城乡规划，环境影响评价文件由具有相应资质的机构编制。',
      '污染物排放符合国家和地方排放标准及总量控制要求。',
    ],
    materials: [
      ['建设项目环境影响评价文件审批申请', ['original'], 1],
      ['环境影响报告书（表）', ['original', 'electronic'], 2],
      ['项目立项批准或者备案文件', ['copy'], 1],
    ],
    legal: 30,
    promised: 15,
  },
  {
    name: '城市道路挖掘许可',
    type: 'licensing',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 6,
    legalBasis: '《城市道路管理条例》第三十条、第三十三条',
    conditions: ['因工程建设确需挖掘城市道路，已取得规划等相关批准文件。', '有施工方案、安全措施和恢复道路的承诺。'],
    materials: [
      ['城市道路挖掘申请表', ['original'], 1],
      ['规划部门批准文件', ['copy'], 1],
      ['施工方案及施工图', ['original'], 1],
    ],
    legal: 20,
    promised: 5,
    fee: [
      '《城市道路管理条例》第三十三条；自治区物价、财政部门核定的城市道路挖掘修复费标准',
      '按挖掘面积和路面结构类型计收道路挖掘修复费',
    ],
  },
  {
    name: '对公共场所经营者违反卫生管理规定的行政处罚',
    type: 'penalty',
    institution: '卫生局',
    theme: '卫生、体育',
    serial: 1,
    legalBasis: '《公共场所卫生管理条例》第十四条；《公共场所卫生管理条例实施细则》第三十五条至第三十八条',
    conditions: [
      '公共场所经营者未取得卫生许可证擅自营业，或者未按照规定对公共场所进行卫生检测、对从业人员进行健康检查的。',
    ],
    materials: [
      ['现场检查笔录', ['original'], 1],
      ['调查询问笔录及相关证据材料', ['original'], 1],
    ],
    legal: 60,
    promised: 30,
  },
  {
    name: '对未取得施工许可证擅自施工的行政处罚',
    type: 'penalty',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 2,
    legalBasis: '《中华人民共和国建筑法》第六十四条；《建设工程质量管理条例》第五十七条',
    conditions: ['建设单位未取得施工许可证或者开工报告未经批准，擅自施工的。'],
    materials: [
      ['现场勘验笔录', ['original'], 1],
      ['违法事实证据材料', ['original', 'copy'], 1],
    ],
    legal: 90,
    promised: 60,
  },
  {
    name: '查封、扣押造成严重污染的排污设施和设备',
    type: 'enforcement',
    institution: '环保局',
    theme: '城乡建设、环境保护',
    serial: 1,
    legalBasis: '《中华人民共和国大气污染防治法》；《中华人民共和国水污染防治法》相关条款',
    conditions: ['排污单位违法排放污染物，造成或者可能造成严重污染，经责令改正拒不改正的。'],
    materials: [
      ['现场检查（勘察）笔录', ['original'], 1],
      ['环境监测报告', ['original'], 1],
    ],
    legal: 30,
    promised: 15,
  },
  {
    name: '对违法建设的强制拆除',
    type: 'enforcement',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 2,
    legalBasis: '《中华人民共和国城乡规划法》第六十四条、第六十八条；《中华人民共和国行政强制法》第四十四条',
    conditions: ['违法建设经责令限期拆除，当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的。'],
    materials: [
      ['限期拆除决定书', ['original'], 1],
      ['催告书及送达回证', ['original'], 1],
    ],
    legal: 30,
    promised: 20,
  },
  {
    name: '城市基础设施配套费征收',
    type: 'levy',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 1,
    legalBasis: '《内蒙古自治区城市基础设施配套费征收管理办法》',
    conditions: ['在城市规划区内新建、扩建、改建建设项目的建设单位。'],
    materials: [
      ['建设工程规划许可证', ['copy'], 1],
      ['建设项目建筑面积测算资料', ['original'], 1],
    ],
    legal: 10,
    promised: 5,
    fee: ['《内蒙古自治区城市基础设施配套费征收管理办法》', '按建设项目建筑面积，依自治区核定的标准征收'],
  },
  {
    name: '土地复垦费征收',
    type: 'levy',
    institution: '国土资源局',
    theme: '国土资源、能源',
    serial: 2,
    legalBasis: '《土地复垦条例》第十八条',
    conditions: ['土地复垦义务人不复垦，或者复垦验收中经整改仍不合格的。'],
    materials: [
      ['土地复垦方案', ['copy'], 1],
      ['土地复垦验收意见', ['original'], 1],
    ],
    legal: 30,
    promised: 15,
    fee: ['《土地复垦条例》第十八条', '按土地复垦方案确定的复垦费用缴纳'],
  },
  {
    name: '城乡居民最低生活保障金给付',
    type: 'benefit',
    institution: '民政局',
    theme: '民政、扶贫、救灾',
    serial: 1,
    legalBasis: '《城市居民最低生活保障条例》第七条；《扎兰屯市城乡居民最低生活保障实施办法》（扎政发〔2010〕22号）',
    conditions: [
      '持有本市常住户口，共同生活的家庭成员人均收入低于本市最低生活保障标准。',
      '家庭财产状况符合本市规定的条件。',
    ],
    materials: [
      ['最低生活保障申请书', ['original'], 1],
      ['户口簿、居民身份证', ['original', 'copy'], 1],
      ['家庭成员收入证明', ['original'], 1],
    ],
    legal: 30,
    promised: 20,
  },
  {
    name: '农村五保供养待遇给付',
    type: 'benefit',
    institution: '民政局',
    theme: '民政、扶贫、救灾',
    serial: 2,
    legalBasis: '《农村五保供养工作条例》第六条、第七条',
    conditions: [
      '老年、残疾或者未满16周岁的村民，无劳动能力、无生活来源，又无法定赡养、抚养、扶养义务人，或者其法定义务人无赡养、抚养、扶养能力的。',
    ],
    materials: [
      ['农村五保供养申请书', ['original'], 1],
      ['户口簿、居民身份证', ['copy'], 1],
      ['村民委员会民主评议意见', ['original'], 1],
    ],
    legal: 20,
    promised: 15,
  },
  {
    name: '重点优抚对象定期抚恤补助金给付',
    type: 'benefit',
    institution: '民政局',
    theme: '民政、扶贫、救灾',
    serial: 3,
    legalBasis: '《军人抚恤优待条例》第十四条、第三十四条',
    conditions: ['烈士遗属、因公牺牲军人遗属、病故军人遗属、残疾军人及在乡退伍红军老战士等重点优抚对象。'],
    materials: [
      ['优抚对象证件', ['original', 'copy'], 1],
      ['居民身份证', ['copy'], 1],
    ],
    legal: 20,
    promised: 10,
  },
  {
    name: '公共场所卫生监督检查',
    type: 'inspection',
    institution: '卫生局',
    theme: '卫生、体育',
    serial: 1,
    legalBasis: '《公共场所卫生管理条例》第十条；《公共场所卫生管理条例实施细则》第二十九条',
    conditions: ['依法对本市行政区域内的公共场所进行日常监督检查和专项检查。'],
    materials: [['现场监督检查记录', ['original'], 1]],
    legal: 20,
    promised: 10,
  },
  {
    name: '建设项目环境保护设施竣工验收检查',
    type: 'inspection',
    institution: '环保局',
    theme: '城乡建设、环境保护',
    serial: 2,
    legalBasis: '《建设项目环境保护管理条例》第二十条、第二十三条',
    conditions: ['建设项目竣工后，配套建设的环境保护设施与主体工程同时投入试运行的。'],
    materials: [
      ['建设项目竣工环境保护验收申请报告', ['original'], 1],
      ['环境保护验收监测报告（表）', ['original'], 1],
    ],
    legal: 30,
    promised: 20,
  },
  {
    name: '户口迁移登记',
    type: 'confirmation',
    institution: '公安局',
    theme: '公安、安全、司法',
    serial: 1,
    legalBasis: '《中华人民共和国户口登记条例》第十条、第十三条',
    conditions: ['公民因婚姻、投靠亲属、工作调动、升学等原因迁移户口，符合迁入地户口迁移政策的。'],
    materials: [
      ['户口迁移申请表', ['original'], 1],
      ['户口簿、居民身份证', ['original'], 1],
      ['迁移事由证明材料', ['original', 'copy'], 1],
    ],
    legal: 'spot',
    promised: 'spot',
  },
  {
    name: '居民身份证申领',
    type: 'confirmation',
    institution: '公安局',
    theme: '公安、安全、司法',
    serial: 2,
    legalBasis: '《中华人民共和国居民身份证法》第八条、第十条',
    conditions: ['居住在中华人民共和国境内的年满十六周岁的中国公民；未满十六周岁的公民可以依照规定申请领取。'],
    materials: [
      ['居民户口簿', ['original'], 1],
      ['居民身份证申领登记表', ['original'], 1],
    ],
    legal: 60,
    promised: 30,
    fee: [
      '《中华人民共和国居民身份证法》第二十条；国家发展改革委、财政部关于居民身份证收费标准的规定',
      '首次申领、换领每证20元；丢失补领、损坏换领每证40元',
    ],
  },
  {
    name: '土地权属确认（土地登记）',
    type: 'confirmation',
    institution: '国土资源局',
    theme: '国土资源、能源',
    serial: 3,
    legalBasis: '《中华人民共和国土地管理法》第十一条；《土地登记办法》第二条',
    conditions: ['土地权属来源合法、界址清楚、无权属争议。'],
    materials: [
      ['土地登记申请书', ['original'], 1],
      ['申请人身份证明', ['copy'], 1],
      ['土地权属来源证明', ['original', 'copy'], 1],
      ['地籍调查表、宗地图', ['original'], 1],
    ],
    legal: 20,
    promised: 15,
    fee: ['《土地管理法》及国家计委、财政部关于土地登记收费的规定', '按宗地面积和用途收取土地登记费'],
  },
  {
    name: '见义勇为人员表彰奖励',
    type: 'reward',
    institution: '公安局',
    theme: '公安、安全、司法',
    serial: 1,
    legalBasis: '《内蒙古自治区见义勇为人员奖励和保护条例》',
    conditions: [
      '不负有法定职责、义务，为保护国家利益、集体利益或者他人人身财产安全，挺身而出与违法犯罪行为作斗争或者抢险救灾、救死扶伤，事迹突出的。',
    ],
    materials: [
      ['见义勇为事迹申报表', ['original'], 1],
      ['事迹证明材料', ['original', 'copy'], 1],
    ],
    legal: 60,
    promised: 30,
  },
  {
    name: '档案工作先进集体和先进个人奖励',
    type: 'reward',
    institution: '档案局',
    theme: '综合政务',
    serial: 2,
    legalBasis: '《中华人民共和国档案法》第九条；《中华人民共和国档案法实施办法》第九条',
    conditions: ['在档案的收集、整理、保护和提供利用等方面做出显著成绩的单位和个人。'],
    materials: [['先进集体（个人）推荐表', ['original'], 2]],
    legal: 30,
    promised: 20,
  },
  {
    name: '林木林地权属争议裁决',
    type: 'adjudication',
    institution: '市政府',
    theme: '农业、林业、水利',
    serial: 1,
    legalBasis: '《中华人民共和国森林法》第十七条；《林木林地权属争议处理办法》第四条',
    conditions: ['单位之间、个人之间、个人与单位之间发生的林木、林地所有权和使用权争议，经协商不能解决的。'],
    materials: [
      ['林木林地权属争议处理申请书', ['original'], 1],
      ['权属证明材料', ['original', 'copy'], 1],
    ],
    legal: 90,
    promised: 60,
  },
  {
    name: '土地权属争议调处',
    type: 'adjudication',
    institution: '国土资源局',
    theme: '国土资源、能源',
    serial: 2,
    legalBasis: '《中华人民共和国土地管理法》第十六条；《土地权属争议调查处理办法》第四条',
    conditions: ['土地所有权和使用权争议，由当事人协商不成，申请人民政府处理的。'],
    materials: [
      ['土地权属争议调查处理申请书', ['original'], 1],
      ['申请人和被申请人身份证明', ['copy'], 1],
      ['争议土地的权属证明材料', ['original', 'copy'], 1],
    ],
    legal: 90,
    promised: 60,
  },
  {
    name: '政府信息公开申请的受理和答复',
    type: 'other-power',
    institution: '政府办公室',
    theme: '综合政务',
    serial: 1,
    legalBasis: '《中华人民共和国政府信息公开条例》第二十条、第二十四条',
    conditions: ['公民、法人或者其他组织根据自身生产、生活、科研等特殊需要，向本机关申请获取政府信息。'],
    materials: [
      ['政府信息公开申请表', ['original', 'electronic'], 1],
      ['申请人身份证明', ['copy'], 1],
    ],
    legal: 15,
    promised: 10,
    fee: [
      '《中华人民共和国政府信息公开条例》第二十七条',
      '除检索、复制、邮寄等成本费用外不收取其他费用；经济困难的申请人可以减免',
    ],
  },
  {
    name: '档案查阅利用审批',
    type: 'other-power',
    institution: '档案局',
    theme: '综合政务',
    serial: 2,
    legalBasis: '《中华人民共和国档案法》第十九条；《中华人民共和国档案法实施办法》第二十二条',
    conditions: ['中华人民共和国公民和组织持有合法证明，需要利用档案馆保存的未开放档案的。'],
    materials: [
      ['档案查阅利用申请表', ['original'], 1],
      ['单位介绍信或者居民身份证', ['original', 'copy'], 1],
    ],
    legal: 'spot',
    promised: 'spot',
  },
  {
    name: '已公开政府信息查阅服务',
    type: 'public-service',
    institution: '档案局',
    theme: '综合政务',
    serial: 1,
    legalBasis: '《中华人民共和国政府信息公开条例》第十六条',
    conditions: ['公民、法人和其他组织到政府公开信息查阅场所查阅已主动公开的政府信息。'],
    materials: [['居民身份证或者其他有效身份证件', ['original'], 1]],
    legal: 'spot',
    promised: 'spot',
  },
  {
    name: '就业失业登记',
    type: 'public-service',
    institution: '人社局',
    theme: '劳动、人事、监察',
    serial: 2,
    legalBasis: '《中华人民共和国就业促进法》第三十五条；《就业服务与就业管理规定》第六十一条',
    conditions: ['在法定劳动年龄内，有劳动能力和就业要求，处于无业状态的城镇常住人员。'],
    materials: [
      ['居民身份证', ['original', 'copy'], 1],
      ['户口簿', ['original'], 1],
      ['就业失业登记申请表', ['original'], 1],
    ],
    legal: 'spot',
    promised: 'spot',
  },
  {
    name: '义务教育阶段学生入学服务',
    type: 'public-service',
    institution: '教育局',
    theme: '科技、教育',
    serial: 3,
    legalBasis: '《中华人民共和国义务教育法》第十二条',
    conditions: ['适龄儿童、少年在户籍所在地或者父母居住地学校就近入学。'],
    materials: [
      ['户口簿', ['original', 'copy'], 1],
      ['房屋产权证明或者居住证明', ['copy'], 1],
      ['预防接种证', ['copy'], 1],
    ],
    legal: 10,
    promised: 5,
  },
  {
    name: '老年人优待证办理',
    type: 'public-service',
    institution: '民政局',
    theme: '民政、扶贫、救灾',
    serial: 4,
    legalBasis: '《中华人民共和国老年人权益保障法》；《内蒙古自治区老年人优待办法》',
    conditions: ['具有本市户籍或者在本市居住的年满60周岁的老年人。'],
    materials: [
      ['居民身份证', ['original', 'copy'], 1],
      ['近期一寸免冠照片', ['original'], 2],
    ],
    legal: 5,
    promised: 'spot',
  },
]

/** A guide still being written: drafts may lack what publishing requires (设定依据, 受理条件, 申请材料). */
const draftServices: readonly ServiceDefinition[] = [
  {
    name: '户外广告设置许可',
    type: 'licensing',
    institution: '住建局',
    theme: '城乡建设、环境保护',
    serial: 7,
    legalBasis: '',
    conditions: [],
    materials: [],
    legal: 20,
    promised: 10,
    isDraft: true,
  },
]

const timeLimit = (limit: Limit) =>
  limit === 'spot' ? { kind: 'on-the-spot' as const } : { kind: 'working-days' as const, workingDays: limit }

const basicCodeOf = (service: ServiceDefinition) =>
  `00${TYPE_CODES[service.type]}${String(service.serial).padStart(5, '0')}000`

/** 实施编码: the implementing body's credit code followed by the basic code, unique per body and service. */
const implementationCodeOf = (service: ServiceDefinition) =>
  `${creditCodeOf(institutionDefinition(service.institution))}${basicCodeOf(service)}`

export const serviceImplementationCodes = (): string[] => [...services, ...draftServices].map(implementationCodeOf)

export const serviceSeeds = (refs: Refs): Seed<'approval-services'>[] =>
  [...services, ...draftServices].map((service) => {
    const institution = institutionDefinition(service.institution)
    const basicCode = basicCodeOf(service)
    const implementationCode = implementationCodeOf(service)
    const [feeBasis, feeStandard] = service.fee ?? ['无', '不收费']
    return {
      key: implementationCode,
      isDraft: service.isDraft,
      data: {
        name: service.name,
        basicCode,
        implementationCode,
        serviceType: service.type,
        institution: refs.institution(service.institution),
        theme: refs.theme(service.theme),
        legalBasis: service.legalBasis || undefined,
        conditions: service.conditions.length > 0 ? richText(service.conditions) : undefined,
        materials: service.materials.map(([name, form, count = 1]) => ({ name, form: [...form], count })),
        procedure: richText(isOwnInitiative(service.type) ? OWN_INITIATIVE_PROCEDURE : APPLICATION_PROCEDURE),
        legalTimeLimit: timeLimit(service.legal),
        promisedTimeLimit: timeLimit(service.promised),
        feeBasis,
        feeStandard,
        location: isOwnInitiative(service.type)
          ? institution.address
          : `扎兰屯市行政服务审批中心（兴华路8号）${institution.shortName}窗口`,
        hours: OFFICE_HOURS,
        consultPhone: institution.phone,
        complaintPhone: COMPLAINTS,
        disclosureMethod: 'proactive',
        _status: service.isDraft ? 'draft' : 'published',
      },
    }
  })
