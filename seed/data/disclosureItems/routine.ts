import type { Random } from '../../random'
import type { GenreName, ServiceObjectName, ThemeName } from '../categories'
import type { InstitutionShortName } from '../institutions'
import type { ItemDefinition } from './types'

import { createRandom } from '../../random'
import { institutionDefinition } from '../institutions'

type Context = { year: number; month: number; random: Random }

/** A kind of document an institution issues every year: the everyday bulk of a catalogue. */
type Routine = {
  institution: InstitutionShortName
  title: (year: number) => string
  months: readonly number[]
  genre: GenreName
  theme: ThemeName
  keywords: readonly string[]
  serviceObjects?: readonly ServiceObjectName[]
  lead: (c: Context) => string
  points: (c: Context) => readonly string[]
  isOnRequest?: boolean
}

const YEARS = [2009, 2010, 2011, 2012] as const
/** The demo's "now" is mid-2012: nothing is dated later. */
const LAST_MONTH_OF_2012 = 6
/** Serials up to here are taken by the hand-written documents and policies of the same year. */
const LAST_WRITTEN_SERIAL = 31
/** The most recent documents are the ones still in the workflow. */
const DRAFT_COUNT = 18

/** 发文机关代字 of each institution's own documents. */
const NUMBER_PREFIX: Partial<Record<InstitutionShortName, string>> = {
  市政府: '扎政发',
  政府办公室: '扎政办发',
  监察局: '扎监发',
  发改委: '扎发改发',
  财政局: '扎财发',
  保密局: '扎保发',
  法制办: '扎法制发',
  行政服务审批中心: '扎审批发',
  档案局: '扎档发',
  教育局: '扎教发',
  卫生局: '扎卫发',
  公安局: '扎公发',
  民政局: '扎民发',
  人社局: '扎人社发',
  住建局: '扎住建发',
  国土资源局: '扎国土资发',
  环保局: '扎环发',
  农牧业局: '扎农牧发',
  统计局: '扎统发',
  兴华街道: '扎兴街发',
  成吉思汗镇: '成政发',
}

/** Directives carry a 文号 and open with the bodies they are addressed to; 通告 addresses the public. */
const DIRECTIVES: readonly GenreName[] = ['通知', '意见', '决定', '通报', '通告']
const NUMERALS = ['一', '二', '三', '四']

const amount = (random: Random, min: number, max: number) => (random.int(min * 10, max * 10) / 10).toFixed(1)

const routines: readonly Routine[] = [
  {
    institution: '市政府',
    title: (y) => `扎兰屯市人民政府关于做好${y}年森林草原防火工作的通知`,
    months: [3, 9],
    genre: '通知',
    theme: '农业、林业、水利',
    keywords: ['森林草原防火'],
    serviceObjects: ['公民'],
    lead: ({ year }) =>
      `为切实做好${year}年森林草原防火工作，保护森林草原资源和人民群众生命财产安全，现就有关事项通知如下：`,
    points: () => [
      '严格落实森林草原防火行政首长负责制，层层签订防火责任状。',
      '防火期内严禁野外用火，加强火源管理和巡护检查。',
      '加强扑火队伍建设和物资储备，确保一旦发生火情能够及时扑救。',
    ],
  },
  {
    institution: '市政府',
    title: (y) => `扎兰屯市人民政府关于印发${y}年政府工作要点的通知`,
    months: [2, 3],
    genre: '通知',
    theme: '综合政务',
    keywords: ['政府工作要点'],
    lead: ({ year }) => `现将《扎兰屯市${year}年政府工作要点》印发给你们，请结合实际，认真抓好落实。`,
    points: () => [
      '各责任单位要制定具体落实方案，明确时间节点和责任人。',
      '市政府办公室对工作要点落实情况进行督查，并定期通报。',
    ],
  },
  {
    institution: '市政府',
    title: (y) => `扎兰屯市人民政府关于做好${y}年防汛抗旱工作的意见`,
    months: [4, 5],
    genre: '意见',
    theme: '农业、林业、水利',
    keywords: ['防汛抗旱'],
    lead: ({ year }) => `为做好${year}年防汛抗旱工作，确保安全度汛，现提出如下意见：`,
    points: () => [
      '落实以行政首长负责制为核心的防汛抗旱责任制。',
      '对水库、堤防和城区排水设施开展汛前检查，及时消除隐患。',
      '做好防汛物资储备和应急抢险队伍建设。',
    ],
  },
  {
    institution: '政府办公室',
    title: (y) => `扎兰屯市人民政府办公室关于做好${y}年元旦春节期间有关工作的通知`,
    months: [12],
    genre: '通知',
    theme: '综合政务',
    keywords: ['元旦', '春节'],
    lead: ({ year }) => `${year + 1}年元旦、春节即将来临，为确保全市人民度过欢乐祥和的节日，现就有关工作通知如下：`,
    points: () => [
      '做好困难群众走访慰问和生活救助工作。',
      '加强安全生产、消防安全和道路交通安全管理。',
      '做好节日期间市场供应和价格监管工作。',
      '严格执行值班制度，遇有重大情况及时报告。',
    ],
  },
  {
    institution: '政府办公室',
    title: (y) => `扎兰屯市人民政府办公室关于${y}年上半年政府信息公开工作情况的报告`,
    months: [7],
    genre: '报告',
    theme: '综合政务',
    keywords: ['政府信息公开'],
    lead: ({ year }) =>
      `${year}年上半年，全市各级行政机关按照《中华人民共和国政府信息公开条例》要求，通过政府门户网站、《扎兰资讯》等渠道主动公开政府信息。`,
    points: ({ random }) => [
      `上半年全市共主动公开政府信息${random.int(300, 900)}条，受理依申请公开${random.int(1, 9)}件，均在法定期限内答复。`,
      '下一步将继续完善公开目录，加强保密审查和督促检查。',
    ],
  },
  {
    institution: '政府办公室',
    title: (y) => `扎兰屯市人民政府办公室关于开展${y}年度政务信息工作考核的通知`,
    months: [11],
    genre: '通知',
    theme: '综合政务',
    keywords: ['政务信息', '考核'],
    lead: ({ year }) => `为做好${year}年度政务信息和政府信息公开工作考核，现将有关事项通知如下：`,
    points: () => [
      '考核内容包括信息报送、政府信息公开、网站信息更新等情况。',
      '各单位于12月10日前报送自查报告。',
      '考核结果作为全市政务信息化表彰的依据。',
    ],
  },
  {
    institution: '监察局',
    title: (y) => `扎兰屯市监察局关于开展${y}年行政效能监察工作的通知`,
    months: [3, 4],
    genre: '通知',
    theme: '劳动、人事、监察',
    keywords: ['效能监察'],
    lead: ({ year }) => `为进一步转变机关作风、提高行政效能，决定在全市开展${year}年行政效能监察工作，现通知如下：`,
    points: () => [
      '重点监察行政审批、政府信息公开和行政执法等工作的效能情况。',
      '采取明察暗访、受理投诉等方式开展监察。',
      '对效能低下、不作为、乱作为的，依照规定追究责任。',
    ],
  },
  {
    institution: '监察局',
    title: (y) => `扎兰屯市监察局关于${y}年度政府信息公开工作监督检查情况的通报`,
    months: [11, 12],
    genre: '通报',
    theme: '劳动、人事、监察',
    keywords: ['政府信息公开', '监督检查'],
    lead: ({ year }) =>
      `根据工作安排，市监察局对${year}年度各乡镇、各部门政府信息公开工作进行了监督检查，现将检查情况通报如下：`,
    points: () => [
      '多数单位组织健全、制度完善，能够按照公开目录及时公开信息。',
      '个别单位公开内容不全、更新不及时，已责令限期整改。',
    ],
  },
  {
    institution: '发改委',
    title: (y) => `扎兰屯市${y}年重点项目建设计划`,
    months: [2, 3],
    genre: '规划',
    theme: '国民经济管理、国有资产监管',
    keywords: ['重点项目'],
    serviceObjects: ['企业', '投资者'],
    lead: ({ year, random }) =>
      `${year}年全市安排重点项目${random.int(40, 90)}项，计划总投资${amount(random, 60, 160)}亿元。`,
    points: () => [
      '项目涵盖生态建设、旅游、绿色农畜产品加工、城乡基础设施和社会事业等领域。',
      '实行项目领导包扶责任制，定期调度项目建设进度。',
    ],
  },
  {
    institution: '发改委',
    title: (y) => `扎兰屯市${y}年上半年国民经济运行情况分析`,
    months: [7],
    genre: '报告',
    theme: '国民经济管理、国有资产监管',
    keywords: ['经济运行'],
    lead: ({ year }) => `${year}年上半年，全市经济运行总体平稳，主要经济指标保持增长。`,
    points: ({ random }) => [
      `地区生产总值同比增长${amount(random, 10, 16)}%，固定资产投资同比增长${amount(random, 20, 40)}%。`,
      '农牧业生产形势良好，旅游业持续升温，财政收入稳步增长。',
    ],
  },
  {
    institution: '发改委',
    title: (y) => `扎兰屯市发展和改革委员会关于${y}—${y + 1}年采暖期城区供热价格的通知`,
    months: [9],
    genre: '通知',
    theme: '国民经济管理、国有资产监管',
    keywords: ['供热价格'],
    serviceObjects: ['公民', '企业'],
    lead: ({ year }) => `根据有关价格管理规定，现将${year}—${year + 1}年采暖期城区供热价格通知如下：`,
    points: () => [
      '居民供热价格维持上一采暖期标准不变。',
      '非居民供热价格按照成本监审结果执行。',
      '供热企业应当在营业场所公示收费标准，接受社会监督。',
    ],
  },
  {
    institution: '财政局',
    title: (y) => `扎兰屯市${y - 1}年财政预算执行情况和${y}年财政预算草案的报告`,
    months: [1, 2],
    genre: '报告',
    theme: '财政、金融、审计',
    keywords: ['财政预算'],
    lead: ({ year }) =>
      `受市人民政府委托，现将扎兰屯市${year - 1}年财政预算执行情况和${year}年财政预算草案提请市人民代表大会审议。`,
    points: ({ year, random }) => [
      `${year - 1}年全市地方财政一般预算收入完成${amount(random, 3, 9)}亿元，一般预算支出完成${amount(random, 15, 30)}亿元。`,
      `${year}年财政预算安排坚持保障民生、保障重点、厉行节约的原则。`,
    ],
  },
  {
    institution: '财政局',
    title: (y) => `扎兰屯市财政局${y}年部门预算`,
    months: [3, 4],
    genre: '其他',
    theme: '财政、金融、审计',
    keywords: ['部门预算'],
    lead: ({ year }) => `根据市人民代表大会批准的预算，现将扎兰屯市财政局${year}年部门预算公开如下。`,
    points: ({ random }) => [
      `收入预算${amount(random, 300, 900)}万元，全部为财政拨款。`,
      `支出预算中，基本支出占${random.int(60, 85)}%，项目支出占其余部分。`,
    ],
  },
  {
    institution: '财政局',
    title: (y) => `扎兰屯市财政局关于申请追加${y}年农村公路建设配套资金的请示`,
    months: [5, 8],
    genre: '请示',
    theme: '财政、金融、审计',
    keywords: ['农村公路', '配套资金'],
    isOnRequest: true,
    lead: ({ year }) => `${year}年自治区下达我市农村公路建设计划，需地方配套资金。`,
    points: ({ random }) => [`经测算，需追加配套资金${random.int(300, 1200)}万元。`, '妥否，请批示。'],
  },
  {
    institution: '财政局',
    title: (y) => `扎兰屯市财政局关于公布${y}年政府采购目录及限额标准的通知`,
    months: [1, 2],
    genre: '通知',
    theme: '财政、金融、审计',
    keywords: ['政府采购'],
    serviceObjects: ['企业'],
    lead: ({ year }) => `现将扎兰屯市${year}年政府采购目录及限额标准予以公布，请遵照执行。`,
    points: () => [
      '纳入集中采购目录的项目，应当委托集中采购机构代理采购。',
      '达到公开招标数额标准的货物和服务项目，应当采用公开招标方式采购。',
    ],
  },
  {
    institution: '保密局',
    title: (y) => `扎兰屯市国家保密局关于开展${y}年保密宣传教育月活动的通知`,
    months: [4, 5],
    genre: '通知',
    theme: '公安、安全、司法',
    keywords: ['保密宣传'],
    lead: ({ year }) => `为增强全市干部职工的保密意识，决定开展${year}年保密宣传教育月活动，现通知如下：`,
    points: () => [
      '组织学习《中华人民共和国保守国家秘密法》和政府信息公开保密审查有关规定。',
      '开展保密知识测试和涉密载体管理自查。',
    ],
  },
  {
    institution: '保密局',
    title: (y) => `扎兰屯市国家保密局关于${y}年政府信息公开保密审查情况的报告`,
    months: [12],
    genre: '报告',
    theme: '公安、安全、司法',
    keywords: ['保密审查', '政府信息公开'],
    isOnRequest: true,
    lead: ({ year }) => `${year}年，全市各部门按照“谁公开谁审查，先审查后公开”的原则开展政府信息公开保密审查。`,
    points: () => ['全年未发生因政府信息公开导致的泄密事件。', '个别单位审查记录不完整，已督促整改。'],
  },
  {
    institution: '法制办',
    title: (y) => `扎兰屯市人民政府法制办公室关于公布${y}年度市政府规范性文件清理结果的通知`,
    months: [11, 12],
    genre: '通知',
    theme: '综合政务',
    keywords: ['规范性文件', '清理'],
    lead: ({ year }) =>
      `根据市政府统一部署，市政府法制办公室对${year}年底前市政府制发的规范性文件进行了清理，现将清理结果公布如下：`,
    points: ({ random }) => [
      `继续有效的规范性文件${random.int(30, 60)}件。`,
      `宣布失效和废止的规范性文件${random.int(5, 20)}件，自公布之日起不再执行。`,
    ],
  },
  {
    institution: '法制办',
    title: (y) => `扎兰屯市${y - 1}年度行政复议工作情况报告`,
    months: [1, 2],
    genre: '报告',
    theme: '公安、安全、司法',
    keywords: ['行政复议'],
    lead: ({ year }) => `${year - 1}年，市人民政府依法办理行政复议案件，充分发挥行政复议化解行政争议的作用。`,
    points: ({ random }) => [
      `全年共受理行政复议申请${random.int(3, 15)}件，均在法定期限内审结。`,
      '未发生因政府信息公开申请行政复议的案件。',
    ],
  },
  {
    institution: '行政服务审批中心',
    title: (y) => `扎兰屯市行政服务审批中心${y}年上半年审批事项办理情况`,
    months: [7],
    genre: '统计数据',
    theme: '综合政务',
    keywords: ['行政审批', '办理情况'],
    serviceObjects: ['企业', '公民'],
    lead: ({ year }) => `${year}年上半年，进驻行政服务审批中心的各窗口单位按照“一站式”服务要求办理审批和服务事项。`,
    points: ({ random }) => [
      `共受理各类事项${random.int(3000, 9000)}件，办结率${amount(random, 97, 99.9)}%。`,
      '按承诺时限办结的比例持续提高，未发生超时办结投诉。',
    ],
  },
  {
    institution: '行政服务审批中心',
    title: (y) => `扎兰屯市行政服务审批中心关于${y}年进驻事项调整的公告`,
    months: [3, 4],
    genre: '公告',
    theme: '综合政务',
    keywords: ['行政审批', '进驻事项'],
    serviceObjects: ['企业', '公民'],
    lead: ({ year }) => `根据行政审批事项清理结果，${year}年行政服务审批中心进驻事项作如下调整。`,
    points: () => [
      '新增进驻事项在相应部门窗口受理。',
      '调整后的事项目录、办事指南和表格已在办事窗口、电子公告栏和触摸屏查询系统公开，并可在政府门户网站下载。',
    ],
  },
  {
    institution: '档案局',
    title: (y) => `扎兰屯市档案馆${y}年开放档案目录`,
    months: [6],
    genre: '其他',
    theme: '综合政务',
    keywords: ['开放档案'],
    serviceObjects: ['公民'],
    lead: ({ year }) => `根据《中华人民共和国档案法》，扎兰屯市档案馆${year}年向社会开放一批档案，现将目录公布如下。`,
    points: ({ random }) => [
      `本批开放档案共${random.int(800, 3000)}卷，涉及全市机关单位形成满三十年的档案。`,
      '公民持居民身份证即可到市档案馆查阅。',
    ],
  },
  {
    institution: '档案局',
    title: (y) => `扎兰屯市档案局关于开展${y}年度机关档案工作目标管理考评的通知`,
    months: [9, 10],
    genre: '通知',
    theme: '综合政务',
    keywords: ['档案工作', '考评'],
    lead: ({ year }) => `为提高机关档案管理水平，决定开展${year}年度机关档案工作目标管理考评，现通知如下：`,
    points: () => [
      '考评范围为市直各机关、各乡镇人民政府和街道办事处。',
      '考评采取单位自查与实地检查相结合的方式进行。',
    ],
  },
  {
    institution: '信息中心',
    title: (y) => `扎兰屯市人民政府门户网站${y - 1}年运行情况报告`,
    months: [1, 2],
    genre: '报告',
    theme: '综合政务',
    keywords: ['政府网站'],
    lead: ({ year }) =>
      `${year - 1}年，扎兰屯市人民政府门户网站运行平稳，“政府信息公开”专栏作为政府信息公开的第一平台持续更新。`,
    points: ({ random }) => [
      `全年网站发布各类信息${random.int(2000, 6000)}条，访问量${random.int(20, 90)}万人次。`,
      '市长信箱、政策咨询和市民心声栏目的留言均已转交相关部门办理。',
    ],
  },
  {
    institution: '信息中心',
    title: (y) => `扎兰屯市${y}年政府信息公开业务培训资料`,
    months: [4, 9],
    genre: '其他',
    theme: '综合政务',
    keywords: ['政府信息公开', '业务培训'],
    lead: () => '本资料供各乡镇、各部门信息工作人员培训使用。',
    points: () => [
      '一、《中华人民共和国政府信息公开条例》要点。',
      '二、公开目录的编制和索引号的编排。',
      '三、依申请公开的受理和答复流程。',
    ],
  },
  {
    institution: '教育局',
    title: (y) => `扎兰屯市教育局关于做好${y}年义务教育阶段招生工作的通知`,
    months: [6],
    genre: '通知',
    theme: '科技、教育',
    keywords: ['招生', '义务教育'],
    serviceObjects: ['学生', '公民'],
    lead: ({ year }) =>
      `为做好${year}年义务教育阶段学校招生工作，保障适龄儿童少年依法接受义务教育，现就有关事项通知如下：`,
    points: () => [
      '坚持免试、就近入学原则，各学校招生范围向社会公布。',
      '进城务工人员随迁子女按照有关规定就近安排入学。',
      '严禁以各种考试、测试形式选拔学生。',
    ],
  },
  {
    institution: '教育局',
    title: (y) => `扎兰屯市${y}年中小学校舍安全工程实施情况`,
    months: [9, 10],
    genre: '报告',
    theme: '科技、教育',
    keywords: ['校舍安全'],
    lead: ({ year }) => `${year}年，全市继续推进中小学校舍安全工程。`,
    points: ({ random }) => [
      `全年完成校舍加固改造${random.int(10, 40)}所，面积${random.int(2, 9)}万平方米。`,
      '工程严格执行建设标准，资金使用情况在学校公示栏公开。',
    ],
  },
  {
    institution: '教育局',
    title: (y) => `扎兰屯市${y}年家庭经济困难寄宿生生活费补助名单公示`,
    months: [10, 11],
    genre: '公告',
    theme: '科技、教育',
    keywords: ['学生资助', '寄宿生'],
    serviceObjects: ['学生', '低收入家庭'],
    lead: ({ year }) => `根据学生资助有关规定，经学校评议，现将${year}年家庭经济困难寄宿生生活费补助名单予以公示。`,
    points: () => ['公示期为5个工作日。', '对公示名单有异议的，可以向所在学校或者市教育局反映。'],
  },
  {
    institution: '卫生局',
    title: (y) => `扎兰屯市卫生局关于做好${y}年新型农村合作医疗工作的通知`,
    months: [1, 2],
    genre: '通知',
    theme: '卫生、体育',
    keywords: ['新型农村合作医疗'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `为进一步巩固和完善新型农村合作医疗制度，现就${year}年新型农村合作医疗工作通知如下：`,
    points: () => [
      '做好参合农民筹资工作，确保参合率稳定。',
      '规范定点医疗机构服务行为，控制医疗费用不合理增长。',
      '定期公示基金收支和补偿情况，接受群众监督。',
    ],
  },
  {
    institution: '卫生局',
    title: (y) => `扎兰屯市${y}年上半年新型农村合作医疗基金收支情况`,
    months: [7],
    genre: '统计数据',
    theme: '卫生、体育',
    keywords: ['新型农村合作医疗', '基金'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `现将${year}年上半年全市新型农村合作医疗基金收支情况公布如下。`,
    points: ({ random }) => [
      `上半年基金收入${amount(random, 2000, 5000)}万元，支出${amount(random, 1000, 3000)}万元。`,
      `受益参合农民${random.int(2, 9)}万人次。`,
    ],
  },
  {
    institution: '卫生局',
    title: (y) => `扎兰屯市卫生局关于开展${y}年公共场所卫生专项监督检查的通告`,
    months: [5, 6],
    genre: '通告',
    theme: '卫生、体育',
    keywords: ['公共场所卫生'],
    serviceObjects: ['企业', '个体工商户'],
    lead: ({ year }) => `为保障公众健康，市卫生局决定于${year}年开展公共场所卫生专项监督检查，现通告如下：`,
    points: () => [
      '检查对象为住宿、沐浴、美容美发、游泳等公共场所。',
      '重点检查卫生许可证、从业人员健康合格证明和卫生管理制度落实情况。',
    ],
  },
  {
    institution: '公安局',
    title: (y) => `扎兰屯市公安局关于加强${y}年冬季道路交通安全管理的通告`,
    months: [11],
    genre: '通告',
    theme: '公安、安全、司法',
    keywords: ['道路交通安全'],
    serviceObjects: ['公民'],
    lead: () => '冬季路面冰雪湿滑，为预防道路交通事故，现就有关事项通告如下：',
    points: () => [
      '机动车驾驶人应当降低车速、保持安全车距。',
      '严禁酒后驾驶、超员载客等违法行为。',
      '客运车辆应当安装防滑设施。',
    ],
  },
  {
    institution: '公安局',
    title: (y) => `扎兰屯市公安局关于${y}年第二代居民身份证换领工作的通告`,
    months: [3, 4],
    genre: '通告',
    theme: '公安、安全、司法',
    keywords: ['居民身份证'],
    serviceObjects: ['公民'],
    lead: ({ year }) => `为做好${year}年第二代居民身份证换领工作，现就有关事项通告如下：`,
    points: () => [
      '尚未换领第二代居民身份证的居民，请持户口簿到户籍所在地派出所办理。',
      '行动不便的老年人和残疾人可以预约上门服务。',
    ],
  },
  {
    institution: '公安局',
    title: (y) => `扎兰屯市公安局关于${y}年春节期间烟花爆竹安全管理的通告`,
    months: [1],
    genre: '通告',
    theme: '公安、安全、司法',
    keywords: ['烟花爆竹'],
    serviceObjects: ['公民'],
    lead: () => '为保障春节期间公共安全，现就烟花爆竹安全管理有关事项通告如下：',
    points: () => ['销售烟花爆竹应当取得许可，在指定地点销售。', '禁止在重点防火区域和公共场所内燃放烟花爆竹。'],
  },
  {
    institution: '民政局',
    title: (y) => `扎兰屯市${y}年上半年城乡居民最低生活保障资金发放情况公示`,
    months: [7],
    genre: '统计数据',
    theme: '民政、扶贫、救灾',
    keywords: ['最低生活保障'],
    serviceObjects: ['低收入家庭'],
    lead: ({ year }) => `现将${year}年上半年全市城乡居民最低生活保障资金发放情况公示如下。`,
    points: ({ random }) => [
      `城市低保对象${random.int(8000, 15000)}人，发放低保金${amount(random, 1500, 3500)}万元。`,
      `农村低保对象${random.int(10000, 20000)}人，发放低保金${amount(random, 1000, 2500)}万元。`,
    ],
  },
  {
    institution: '民政局',
    title: (y) => `扎兰屯市民政局关于做好${y}年冬春困难群众生活救助工作的通知`,
    months: [11, 12],
    genre: '通知',
    theme: '民政、扶贫、救灾',
    keywords: ['生活救助'],
    serviceObjects: ['低收入家庭', '老年人'],
    lead: ({ year }) => `为确保困难群众温暖过冬，现就做好${year}年冬春困难群众生活救助工作通知如下：`,
    points: () => ['全面摸清困难群众底数，建立救助台账。', '及时发放取暖补贴和救助物资，救助情况张榜公布。'],
  },
  {
    institution: '民政局',
    title: (y) => `扎兰屯市${y}年救灾物资分配情况公示`,
    months: [8, 9],
    genre: '其他',
    theme: '民政、扶贫、救灾',
    keywords: ['救灾物资'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `现将${year}年上级下拨救灾物资分配情况公示如下。`,
    points: ({ random }) => [
      `共分配棉被${random.int(500, 3000)}床、棉衣${random.int(500, 3000)}件，重点保障受灾较重的乡镇。`,
      '分配结果已在各乡镇公示栏公示。',
    ],
  },
  {
    institution: '民政局',
    title: (y) => `扎兰屯市民政局关于${y}年社会组织年度检查结果的公告`,
    months: [5, 6],
    genre: '公告',
    theme: '民政、扶贫、救灾',
    keywords: ['社会组织', '年度检查'],
    serviceObjects: ['社会组织'],
    lead: ({ year }) => `根据社会组织登记管理有关规定，市民政局完成了${year}年度社会组织年度检查，现将结果公告如下。`,
    points: ({ random }) => [
      `参检社会组织${random.int(60, 150)}个，其中合格${random.int(50, 60)}个。`,
      '未参加年检的社会组织，请于30日内补办。',
    ],
  },
  {
    institution: '人社局',
    title: (y) => `扎兰屯市${y}年公开招聘事业单位工作人员公告`,
    months: [4, 5],
    genre: '公告',
    theme: '劳动、人事、监察',
    keywords: ['事业单位招聘'],
    serviceObjects: ['公民', '学生'],
    lead: ({ year }) =>
      `根据事业单位公开招聘有关规定，扎兰屯市${year}年公开招聘事业单位工作人员，现将有关事项公告如下。`,
    points: ({ random }) => [
      `本次计划招聘${random.int(30, 120)}名。`,
      '招聘程序：报名、资格审查、笔试、面试、体检、考察、公示、聘用。',
    ],
  },
  {
    institution: '人社局',
    title: (y) => `扎兰屯市${y}年上半年就业和社会保障工作情况`,
    months: [7],
    genre: '统计数据',
    theme: '劳动、人事、监察',
    keywords: ['就业', '社会保障'],
    lead: ({ year }) => `${year}年上半年，全市就业和社会保障工作稳步推进。`,
    points: ({ random }) => [
      `城镇新增就业${random.int(1500, 4000)}人，城镇登记失业率控制在${amount(random, 3, 4.2)}%以内。`,
      '城镇职工基本养老保险和城乡居民医疗保险参保人数持续增加。',
    ],
  },
  {
    institution: '人社局',
    title: (y) => `扎兰屯市人力资源和社会保障局关于调整${y}年企业退休人员基本养老金的通知`,
    months: [2, 3, 4],
    genre: '通知',
    theme: '劳动、人事、监察',
    keywords: ['基本养老金'],
    serviceObjects: ['老年人'],
    lead: ({ year }) => `根据国家和自治区统一部署，现就${year}年调整企业退休人员基本养老金有关问题通知如下：`,
    points: () => [
      '调整范围为按规定办理退休手续并按月领取基本养老金的企业退休人员。',
      '调整采取定额调整与挂钩调整相结合的办法。',
    ],
  },
  {
    institution: '住建局',
    title: (y) => `扎兰屯市${y}年城区棚户区改造项目实施方案`,
    months: [4, 5],
    genre: '规划',
    theme: '城乡建设、环境保护',
    keywords: ['棚户区改造'],
    serviceObjects: ['公民'],
    lead: ({ year, random }) => `${year}年全市计划改造城区棚户区${random.int(1500, 4000)}户。`,
    points: () => ['改造范围、补偿安置标准和安置房源在项目所在地公示。', '实行阳光征收，补偿结果公开，接受群众监督。'],
  },
  {
    institution: '住建局',
    title: (y) => `扎兰屯市${y}年保障性住房分配对象公示`,
    months: [8, 9, 10],
    genre: '公告',
    theme: '城乡建设、环境保护',
    keywords: ['保障性住房', '公示'],
    serviceObjects: ['低收入家庭'],
    lead: ({ year }) => `经申请、审核，现将${year}年保障性住房拟分配对象予以公示，公示期15日。`,
    points: () => ['对公示对象有异议的，可以向市住房和城乡建设局书面反映。', '分配采取公开摇号的方式进行。'],
  },
  {
    institution: '住建局',
    title: (y) => `扎兰屯市住房和城乡建设局关于${y}年度建筑施工安全生产检查情况的通报`,
    months: [6, 10],
    genre: '通报',
    theme: '市场监管、安全生产监管',
    keywords: ['建筑施工', '安全生产'],
    serviceObjects: ['企业'],
    lead: ({ year }) => `${year}年，市住房和城乡建设局对全市在建工程开展了安全生产检查，现将检查情况通报如下：`,
    points: ({ random }) => [
      `共检查在建工程${random.int(20, 80)}项，下达整改通知书${random.int(5, 30)}份。`,
      '对存在重大安全隐患的工程责令停工整改。',
    ],
  },
  {
    institution: '住建局',
    title: (y) => `扎兰屯市住房和城乡建设局关于${y}年城区供热管网改造资金的请示`,
    months: [3, 4],
    genre: '请示',
    theme: '城乡建设、环境保护',
    keywords: ['供热管网'],
    isOnRequest: true,
    lead: ({ year }) => `为保障${year}—${year + 1}年采暖期供热质量，需对城区部分老旧供热管网进行改造。`,
    points: ({ random }) => [`经测算，改造资金约${random.int(500, 2000)}万元。`, '妥否，请批示。'],
  },
  {
    institution: '国土资源局',
    title: (y) => `扎兰屯市国土资源局国有建设用地使用权挂牌出让公告（${y}年第1号）`,
    months: [4, 5, 6],
    genre: '公告',
    theme: '国土资源、能源',
    keywords: ['土地出让', '挂牌'],
    serviceObjects: ['企业', '投资者'],
    lead: () => '经扎兰屯市人民政府批准，市国土资源局决定以挂牌方式出让国有建设用地使用权，现将有关事项公告如下。',
    points: ({ random }) => [
      `本次出让地块${random.int(2, 6)}宗，出让面积、用途、年限和起始价见附表。`,
      '中华人民共和国境内外的法人、自然人和其他组织均可申请参加竞买。',
    ],
  },
  {
    institution: '国土资源局',
    title: (y) => `扎兰屯市${y}年度土地利用计划`,
    months: [3],
    genre: '规划',
    theme: '国土资源、能源',
    keywords: ['土地利用计划'],
    lead: ({ year }) => `根据土地利用总体规划和上级下达的指标，编制扎兰屯市${year}年度土地利用计划。`,
    points: ({ random }) => [
      `全年计划新增建设用地${random.int(100, 400)}公顷。`,
      '严格保护耕地和基本草原，落实耕地占补平衡。',
    ],
  },
  {
    institution: '国土资源局',
    title: (y) => `扎兰屯市${y}年地质灾害防治方案`,
    months: [4, 5],
    genre: '其他',
    theme: '国土资源、能源',
    keywords: ['地质灾害'],
    lead: ({ year }) => `为做好${year}年地质灾害防治工作，保护人民群众生命财产安全，制定本方案。`,
    points: () => ['明确地质灾害重点防范期和重点防范区域。', '建立群测群防体系，落实监测责任人。'],
  },
  {
    institution: '环保局',
    title: (y) => `扎兰屯市${y - 1}年环境质量状况公报`,
    months: [5, 6],
    genre: '公报',
    theme: '城乡建设、环境保护',
    keywords: ['环境质量'],
    lead: ({ year }) => `现发布扎兰屯市${year - 1}年环境质量状况。`,
    points: ({ random }) => [
      `城区环境空气质量优良天数${random.int(330, 360)}天。`,
      '雅鲁河等主要河流断面水质总体保持稳定，集中式饮用水水源地水质达标。',
    ],
  },
  {
    institution: '环保局',
    title: (y) => `扎兰屯市环境保护局关于公布${y}年重点排污单位名单的公告`,
    months: [3, 4],
    genre: '公告',
    theme: '城乡建设、环境保护',
    keywords: ['重点排污单位'],
    serviceObjects: ['企业'],
    lead: ({ year }) => `根据有关规定，现将扎兰屯市${year}年重点排污单位名单予以公布。`,
    points: () => [
      '重点排污单位应当安装使用监测设备，如实公开排放信息。',
      '社会各界可以对重点排污单位的排污行为进行监督。',
    ],
  },
  {
    institution: '环保局',
    title: (y) => `扎兰屯市环境保护局关于${y}年排污费核定情况的函`,
    months: [6, 7],
    genre: '函',
    theme: '城乡建设、环境保护',
    keywords: ['排污费'],
    isOnRequest: true,
    lead: ({ year }) => `现将${year}年上半年排污费核定情况函告如下。`,
    points: () => ['排污费按照排污申报登记和监测数据核定。', '请于收到本函之日起7日内缴纳。'],
  },
  {
    institution: '农牧业局',
    title: (y) => `扎兰屯市农牧业局关于做好${y}年春耕生产工作的通知`,
    months: [3, 4],
    genre: '通知',
    theme: '农业、林业、水利',
    keywords: ['春耕生产'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `为确保${year}年粮食生产稳定增长，现就做好春耕生产工作通知如下：`,
    points: () => [
      '做好种子、化肥、农药等农资储备和质量监管。',
      '加强农业技术指导和培训。',
      '及时落实各项强农惠农补贴政策。',
    ],
  },
  {
    institution: '农牧业局',
    title: (y) => `扎兰屯市${y}年良种补贴资金发放情况公示`,
    months: [6, 7, 8],
    genre: '其他',
    theme: '农业、林业、水利',
    keywords: ['良种补贴'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `现将${year}年全市农作物良种补贴资金发放情况公示如下。`,
    points: ({ random }) => [
      `补贴面积${random.int(100, 300)}万亩，补贴资金${amount(random, 1000, 3000)}万元，通过“一卡通”直接发放到户。`,
      '对补贴发放有异议的，可以向所在乡镇或者市农牧业局反映。',
    ],
  },
  {
    institution: '农牧业局',
    title: (y) => `扎兰屯市${y}年农机购置补贴实施方案`,
    months: [3, 4],
    genre: '其他',
    theme: '农业、林业、水利',
    keywords: ['农机购置补贴'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `根据自治区${year}年农机购置补贴实施方案，结合我市实际，制定本方案。`,
    points: () => [
      '补贴对象为从事农业生产的个人和农业生产经营组织。',
      '补贴机具目录、补贴标准和补贴对象在乡镇公示栏公示。',
    ],
  },
  {
    institution: '农牧业局',
    title: (y) => `扎兰屯市农牧业局关于做好${y}年重大动物疫病防控工作的通知`,
    months: [3, 9],
    genre: '通知',
    theme: '农业、林业、水利',
    keywords: ['动物疫病防控'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `为做好${year}年重大动物疫病防控工作，保障畜牧业健康发展，现通知如下：`,
    points: () => [
      '全面开展春秋两季集中免疫，确保应免畜禽免疫密度达到100%。',
      '加强疫情监测和报告，严格落实动物检疫制度。',
    ],
  },
  ...(
    [
      [4, '一季度', 3],
      [7, '1—6月', 6],
      [10, '1—9月', 9],
    ] as const
  ).map(([month, period, throughMonth]): Routine => ({
    institution: '统计局',
    title: (y) => `${y}年${period}扎兰屯市国民经济主要指标`,
    months: [month],
    genre: '统计数据',
    theme: '国民经济管理、国有资产监管',
    keywords: ['统计数据', '主要指标'],
    lead: ({ year }) => `${year}年1—${throughMonth}月扎兰屯市国民经济主要指标如下。`,
    points: ({ random }) => [
      `地区生产总值同比增长${amount(random, 10, 16)}%。`,
      `规模以上工业增加值同比增长${amount(random, 12, 25)}%。`,
      `社会消费品零售总额同比增长${amount(random, 15, 20)}%。`,
    ],
  })),
  {
    institution: '统计局',
    title: (y) => `扎兰屯市${y - 1}年国民经济和社会发展统计公报`,
    months: [3, 4],
    genre: '公报',
    theme: '国民经济管理、国有资产监管',
    keywords: ['统计公报'],
    lead: ({ year }) => `${year - 1}年，全市国民经济和社会事业保持平稳较快发展。`,
    points: ({ random }) => [
      `全年实现地区生产总值${amount(random, 80, 160)}亿元，按可比价格计算比上年增长${amount(random, 10, 16)}%。`,
      `城镇居民人均可支配收入${random.int(12000, 20000)}元，农牧民人均纯收入${random.int(6000, 10000)}元。`,
    ],
  },
  {
    institution: '高台子街道',
    title: (y) => `高台子街道${y}年城市居民最低生活保障对象公示`,
    months: [3, 9],
    genre: '公告',
    theme: '民政、扶贫、救灾',
    keywords: ['最低生活保障', '公示'],
    serviceObjects: ['低收入家庭'],
    lead: ({ year }) => `经入户调查和民主评议，现将高台子街道${year}年城市居民最低生活保障对象予以公示，公示期7日。`,
    points: () => ['对公示对象有异议的，可以向街道办事处或者市民政局反映。'],
  },
  {
    institution: '高台子街道',
    title: (y) => `高台子街道办事处${y}年社区服务工作计划`,
    months: [2, 3],
    genre: '其他',
    theme: '综合政务',
    keywords: ['社区服务'],
    serviceObjects: ['公民', '老年人'],
    lead: ({ year }) => `${year}年，高台子街道办事处以社区服务为重点，推进便民服务。`,
    points: () => ['完善社区服务站点建设，推行社区事务一站式办理。', '开展居家养老和残疾人帮扶服务。'],
  },
  {
    institution: '兴华街道',
    title: (y) => `兴华街道办事处${y}年居务公开情况`,
    months: [6, 12],
    genre: '其他',
    theme: '综合政务',
    keywords: ['居务公开'],
    lead: ({ year }) => `${year}年，兴华街道各社区按规定公开居务。`,
    points: () => ['公开内容包括低保、救助、计划生育等事项的办理情况和社区财务收支。'],
  },
  {
    institution: '兴华街道',
    title: (y) => `兴华街道办事处关于开展${y}年度城区环境卫生集中整治的通知`,
    months: [4, 5],
    genre: '通知',
    theme: '城乡建设、环境保护',
    keywords: ['环境卫生'],
    lead: ({ year }) => `为改善辖区人居环境，街道办事处决定开展${year}年度环境卫生集中整治，现通知如下：`,
    points: () => ['重点清理背街小巷、居民小区的积存垃圾。', '各社区组织居民开展卫生大扫除。'],
  },
  {
    institution: '卧牛河镇',
    title: (y) => `卧牛河镇${y}年种粮直补资金发放情况公示`,
    months: [5, 6],
    genre: '其他',
    theme: '农业、林业、水利',
    keywords: ['种粮直补'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `现将卧牛河镇${year}年种粮直补资金发放情况公示如下。`,
    points: ({ random }) => [
      `全镇补贴面积${random.int(10, 40)}万亩，补贴资金通过“一卡通”发放到户。`,
      '各村补贴明细在村务公开栏公示。',
    ],
  },
  {
    institution: '卧牛河镇',
    title: (y) => `卧牛河镇${y}年村务公开情况`,
    months: [7, 12],
    genre: '其他',
    theme: '综合政务',
    keywords: ['村务公开'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `${year}年，卧牛河镇各村按规定公开村务。`,
    points: () => ['公开内容包括集体财务收支、惠农补贴发放、低保评议结果等。'],
  },
  {
    institution: '成吉思汗镇',
    title: (y) => `成吉思汗镇${y}年新型农村合作医疗参合情况`,
    months: [3, 4],
    genre: '统计数据',
    theme: '卫生、体育',
    keywords: ['新型农村合作医疗'],
    serviceObjects: ['农民'],
    lead: ({ year }) => `现将成吉思汗镇${year}年新型农村合作医疗参合情况公布如下。`,
    points: ({ random }) => [`全镇参合农民${random.int(8000, 20000)}人，参合率${amount(random, 95, 99.5)}%。`],
  },
  {
    institution: '成吉思汗镇',
    title: (y) => `成吉思汗镇人民政府关于做好${y}年防汛工作的通知`,
    months: [5, 6],
    genre: '通知',
    theme: '农业、林业、水利',
    keywords: ['防汛'],
    lead: ({ year }) => `为做好${year}年防汛工作，现通知如下：`,
    points: () => ['各村落实防汛责任人，对河道、塘坝进行汛前检查。', '汛期实行24小时值班制度。'],
  },
]

const addresseeOf = (institution: InstitutionShortName) =>
  institutionDefinition(institution).kind === 'township'
    ? '各村（居）民委员会，各有关单位：'
    : institution === '市政府' || institution === '政府办公室'
      ? '各乡镇人民政府、街道办事处，市政府各部门：'
      : '各乡镇人民政府、街道办事处，各有关单位：'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * `count` routine documents, the same ones on every run: each routine in each year is a candidate,
 * a seeded shuffle picks among them, and 文号 serials follow the dates within each issuer and year.
 */
export const routineDocuments = (count: number): ItemDefinition[] => {
  const random = createRandom(2011_02)
  const candidates = routines.flatMap((routine) =>
    YEARS.flatMap((year) => {
      const months = routine.months.filter((month) => year < 2012 || month <= LAST_MONTH_OF_2012)
      return months.length > 0 ? [{ routine, year }] : []
    }),
  )
  if (candidates.length < count)
    throw new Error(`seed: only ${candidates.length} routine documents for ${count} wanted`)

  for (let i = candidates.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!]
  }

  const items = candidates.slice(0, count).map(({ routine, year }): ItemDefinition => {
    const month = random.pick(routine.months.filter((m) => year < 2012 || m <= LAST_MONTH_OF_2012))
    const context = { year, month, random }
    const isDirective = DIRECTIVES.includes(routine.genre)
    const points = routine.points(context)
    return {
      title: routine.title(year),
      institution: routine.institution,
      date: `${year}-${pad(month)}-${pad(random.int(1, 28))}`,
      theme: routine.theme,
      genre: routine.genre,
      serviceObjects: routine.serviceObjects,
      keywords: routine.keywords,
      // Yearly directives of the older years have since lapsed.
      validity: isDirective && year <= 2010 && random.next() < 0.4 ? 'expired' : 'valid',
      disclosure: routine.isOnRequest ? { method: 'on-request' } : undefined,
      paragraphs: [
        ...(isDirective && routine.genre !== '通告' ? [addresseeOf(routine.institution)] : []),
        routine.lead(context),
        ...(isDirective ? points.map((point, n) => `${NUMERALS[n]}、${point}`) : points),
      ],
    }
  })

  const serials = new Map<string, number>()
  return items
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
    .map((item, i) => {
      const prefix = NUMBER_PREFIX[item.institution]
      const isDirective = DIRECTIVES.includes(item.genre) && item.genre !== '通告'
      const isDraft = i >= items.length - DRAFT_COUNT
      if (!prefix || !isDirective) return { ...item, isDraft }
      // Other documents, not in the catalogue, take the serials in between.
      const counter = `${prefix}${item.date.slice(0, 4)}`
      const serial = (serials.get(counter) ?? LAST_WRITTEN_SERIAL) + random.int(1, 5)
      serials.set(counter, serial)
      return { ...item, isDraft, documentNumber: `${prefix}〔${item.date.slice(0, 4)}〕${serial}号` }
    })
}
