import type { Policy } from '../../payload-types'
import type { Refs } from '../refs'
import type { Seed } from '../upsert'
import type { ThemeName } from './categories'
import type { InstitutionShortName } from './institutions'

import { day } from '../dates'
import { richText } from '../richText'

type PolicyDefinition = {
  title: string
  documentNumber?: string
  level: Policy['level']
  /**
   * The issuer field names a seeded institution. National and regional texts are filed under the city
   * government, which republishes them; `body` opens with the body that actually made them.
   */
  issuer: InstitutionShortName
  theme: ThemeName
  written: string
  published: string
  effective: string
  validity?: NonNullable<Policy['validity']>
  /** Title of the earlier policy this one amends or replaces. */
  replaces?: string
  body: readonly string[]
  isDraft?: boolean
}

const FULL_TEXT_ELSEWHERE = '（以上为节录，全文以制定机关公布的文本为准。）'

export const policies: readonly PolicyDefinition[] = [
  {
    title: '中华人民共和国行政许可法',
    level: 'law',
    issuer: '市政府',
    theme: '综合政务',
    written: '2003-08-27',
    published: '2003-08-27',
    effective: '2004-07-01',
    body: [
      '（2003年8月27日第十届全国人民代表大会常务委员会第四次会议通过）',
      '第一条 为了规范行政许可的设定和实施，保护公民、法人和其他组织的合法权益，维护公共利益和社会秩序，保障和监督行政机关有效实施行政管理，根据宪法，制定本法。',
      '第五条 设定和实施行政许可，应当遵循公开、公平、公正的原则。有关行政许可的规定应当公布；未经公布的，不得作为实施行政许可的依据。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '中华人民共和国行政复议法',
    level: 'law',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '1999-04-29',
    published: '1999-04-29',
    effective: '1999-10-01',
    body: [
      '（1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过）',
      '第一条 为了防止和纠正违法的或者不当的具体行政行为，保护公民、法人和其他组织的合法权益，保障和监督行政机关依法行使职权，根据宪法，制定本法。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '中华人民共和国保守国家秘密法（1988年）',
    level: 'law',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '1988-09-05',
    published: '1988-09-05',
    effective: '1989-05-01',
    validity: 'amended',
    body: [
      '（1988年9月5日第七届全国人民代表大会常务委员会第三次会议通过）',
      '本法已于2010年4月29日修订，修订后的文本自2010年10月1日起施行。',
    ],
  },
  {
    title: '中华人民共和国保守国家秘密法（2010年修订）',
    level: 'law',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '2010-04-29',
    published: '2010-04-29',
    effective: '2010-10-01',
    replaces: '中华人民共和国保守国家秘密法（1988年）',
    body: [
      '（1988年9月5日第七届全国人民代表大会常务委员会第三次会议通过，2010年4月29日第十一届全国人民代表大会常务委员会第十四次会议修订）',
      '第一条 为了保守国家秘密，维护国家安全和利益，保障改革开放和社会主义建设事业的顺利进行，制定本法。',
      '机关、单位公开发布信息以及对涉及国家秘密的工程、货物、服务进行采购时，应当遵守保密规定。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '中华人民共和国政府信息公开条例',
    level: 'administrative-regulation',
    issuer: '市政府',
    theme: '综合政务',
    written: '2007-01-17',
    published: '2007-04-05',
    effective: '2008-05-01',
    body: [
      '（2007年1月17日国务院第165次常务会议通过，2007年4月5日中华人民共和国国务院令第492号公布，自2008年5月1日起施行）',
      '第一条 为了保障公民、法人和其他组织依法获取政府信息，提高政府工作的透明度，促进依法行政，充分发挥政府信息对人民群众生产、生活和经济活动的服务作用，制定本条例。',
      '第二条 本条例所称政府信息，是指行政机关在履行职责过程中制作或者获取的，以一定形式记录、保存的信息。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '行政机关公务员处分条例',
    level: 'administrative-regulation',
    issuer: '市政府',
    theme: '劳动、人事、监察',
    written: '2007-04-04',
    published: '2007-04-22',
    effective: '2007-06-01',
    body: [
      '（2007年4月4日国务院第173次常务会议通过，2007年4月22日中华人民共和国国务院令第495号公布）',
      '第一条 为了严肃行政机关纪律，规范行政机关公务员的行为，保证行政机关及其公务员依法履行职责，根据《中华人民共和国公务员法》和《中华人民共和国行政监察法》，制定本条例。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '内蒙古自治区草原管理条例',
    level: 'local-regulation',
    issuer: '市政府',
    theme: '农业、林业、水利',
    written: '2004-11-26',
    published: '2004-11-26',
    effective: '2005-01-01',
    body: [
      '（内蒙古自治区人民代表大会常务委员会通过）',
      '第一条 为了保护、建设和合理利用草原，维护和改善生态环境，促进畜牧业和经济社会的可持续发展，根据《中华人民共和国草原法》和国家有关法律、法规，结合自治区实际，制定本条例。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '内蒙古自治区实施《中华人民共和国村民委员会组织法》办法',
    level: 'local-regulation',
    issuer: '市政府',
    theme: '民政、扶贫、救灾',
    written: '2011-07-29',
    published: '2011-07-29',
    effective: '2011-10-01',
    body: [
      '（内蒙古自治区人民代表大会常务委员会通过）',
      '第一条 根据《中华人民共和国村民委员会组织法》，结合自治区实际，制定本办法。',
      '村民委员会应当实行村务公开制度，及时公布涉及村民利益的事项，接受村民的监督。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '公共场所卫生管理条例实施细则',
    level: 'departmental-rule',
    issuer: '市政府',
    theme: '卫生、体育',
    written: '2011-03-10',
    published: '2011-03-10',
    effective: '2011-05-01',
    body: [
      '（中华人民共和国卫生部令第80号）',
      '第一条 根据《公共场所卫生管理条例》的规定，制定本细则。',
      '第二十二条 国家对公共场所实行卫生许可证管理。公共场所经营者应当按照规定向县级以上地方人民政府卫生行政部门申请卫生许可证。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '建设工程消防监督管理规定（2009年）',
    level: 'departmental-rule',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '2009-04-30',
    published: '2009-04-30',
    effective: '2009-05-01',
    validity: 'repealed',
    body: [
      '（中华人民共和国公安部令第106号）',
      '本规定已被2012年7月17日公布的《建设工程消防监督管理规定》（公安部令第119号）修订替代。',
    ],
  },
  {
    title: '建设工程消防监督管理规定（2012年）',
    level: 'departmental-rule',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '2012-07-17',
    published: '2012-07-17',
    effective: '2012-11-01',
    replaces: '建设工程消防监督管理规定（2009年）',
    body: [
      '（中华人民共和国公安部令第119号）',
      '第一条 为了加强建设工程消防监督管理，落实建设工程消防设计、施工质量和安全责任，规范消防监督管理行为，依据《中华人民共和国消防法》、《建设工程质量管理条例》，制定本规定。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '内蒙古自治区政府信息公开规定',
    level: 'government-rule',
    issuer: '市政府',
    theme: '综合政务',
    written: '2008-04-10',
    published: '2008-04-18',
    effective: '2008-05-01',
    body: [
      '（内蒙古自治区人民政府令）',
      '第一条 为了保障公民、法人和其他组织依法获取政府信息，提高政府工作透明度，根据《中华人民共和国政府信息公开条例》，结合自治区实际，制定本规定。',
      '各级人民政府应当建立健全政府信息发布保密审查机制，明确审查的程序和责任。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '内蒙古自治区行政执法责任制规定',
    level: 'government-rule',
    issuer: '市政府',
    theme: '公安、安全、司法',
    written: '2009-09-15',
    published: '2009-09-25',
    effective: '2009-11-01',
    body: [
      '（内蒙古自治区人民政府令）',
      '第一条 为了规范行政执法行为，保障法律、法规和规章的正确实施，保护公民、法人和其他组织的合法权益，结合自治区实际，制定本规定。',
      FULL_TEXT_ELSEWHERE,
    ],
  },
  {
    title: '扎兰屯市政府信息公开工作实施意见',
    documentNumber: '扎政发〔2008〕45号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '综合政务',
    written: '2008-04-20',
    published: '2008-04-25',
    effective: '2008-05-01',
    validity: 'repealed',
    body: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '为贯彻落实《中华人民共和国政府信息公开条例》，保障公民、法人和其他组织依法获取政府信息，现就我市政府信息公开工作提出如下实施意见。',
      '本意见已被《扎兰屯市人民政府关于进一步做好政府信息公开工作的实施意见》（扎政发〔2011〕5号）废止。',
    ],
  },
  {
    title: '扎兰屯市人民政府关于进一步做好政府信息公开工作的实施意见',
    documentNumber: '扎政发〔2011〕5号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '综合政务',
    written: '2011-02-28',
    published: '2011-03-02',
    effective: '2011-03-02',
    replaces: '扎兰屯市政府信息公开工作实施意见',
    body: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '一、成立由市长任组长的政府信息公开工作领导小组，领导小组办公室设在市政府办公室，市信息中心为全市政府信息公开工作的主管部门。',
      '二、各乡镇、各部门要明确分管领导和信息工作人员，按照“谁公开谁审查，先审查后公开”的原则建立保密审查制度。',
      '三、主动公开的政府信息应当自形成或者变更之日起20个工作日内予以公开；依申请公开的，能够当场答复的当场答复，不能当场答复的应当在15个工作日内答复。',
      '四、实行政府信息公开工作通报制度，对未能及时公开信息的部门予以通报，并将政府信息公开工作纳入政务信息化表彰的重要依据。',
      '《扎兰屯市政府信息公开工作实施意见》（扎政发〔2008〕45号）同时废止。',
    ],
  },
  {
    title: '扎兰屯市政府信息公开保密审查办法',
    documentNumber: '扎政办发〔2011〕12号',
    level: 'normative-document',
    issuer: '政府办公室',
    theme: '综合政务',
    written: '2011-04-15',
    published: '2011-04-18',
    effective: '2011-05-01',
    body: [
      '第一条 为加强政府信息公开保密审查工作，防止在政府信息公开中泄露国家秘密，根据《中华人民共和国保守国家秘密法》和《中华人民共和国政府信息公开条例》，制定本办法。',
      '第二条 拟公开的政府信息，应当依照本办法进行保密审查，遵循“谁公开谁审查，先审查后公开”和“一事一审”的原则。',
      '第三条 保密审查由信息形成部门的保密审查员提出意见，经分管领导签发后方可公开；不能确定是否可以公开的，报扎兰屯市国家保密局确定。',
      '第四条 本办法自2011年5月1日起施行。',
    ],
  },
  {
    title: '扎兰屯市政府信息公开工作考核办法',
    documentNumber: '扎政办发〔2011〕13号',
    level: 'normative-document',
    issuer: '政府办公室',
    theme: '综合政务',
    written: '2011-04-15',
    published: '2011-04-18',
    effective: '2011-05-01',
    body: [
      '第一条 为推进政府信息公开工作规范化、制度化，制定本办法。',
      '第二条 考核对象为各乡镇人民政府、街道办事处和市政府各部门。考核内容包括组织领导、制度建设、主动公开、依申请公开和监督保障。',
      '第三条 考核结果作为全市政务信息化表彰的重要依据。',
    ],
  },
  {
    title: '扎兰屯市依申请公开政府信息工作规程',
    documentNumber: '扎政办发〔2011〕16号',
    level: 'normative-document',
    issuer: '政府办公室',
    theme: '综合政务',
    written: '2011-05-10',
    published: '2011-05-12',
    effective: '2011-06-01',
    validity: 'repealed',
    body: [
      '第一条 为规范依申请公开政府信息工作，保障申请人依法获取政府信息，制定本规程。',
      '第二条 申请人可以通过信函、传真、电子邮件或者当面提交等方式提出申请，受理机关应当登记并出具回执。',
      '第三条 受理机关能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起15个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意，并告知申请人，延长答复的期限最长不得超过15个工作日。',
    ],
  },
  {
    title: '扎兰屯市政府信息公开工作通报制度',
    documentNumber: '扎政办发〔2011〕21号',
    level: 'normative-document',
    issuer: '政府办公室',
    theme: '综合政务',
    written: '2011-06-01',
    published: '2011-06-03',
    effective: '2011-06-03',
    body: [
      '一、市政府信息公开工作领导小组办公室每半年对各乡镇、各部门政府信息公开工作情况进行一次通报。',
      '二、对未能在规定时限内公开信息的部门予以通报，表扬先进和督促落后相结合。',
      '三、通报结果抄送市监察局，作为行政效能监察和政务信息化表彰的依据。',
    ],
  },
  {
    title: '扎兰屯市政府信息公开责任追究办法',
    documentNumber: '扎监发〔2011〕3号',
    level: 'normative-document',
    issuer: '监察局',
    theme: '劳动、人事、监察',
    written: '2011-06-20',
    published: '2011-06-22',
    effective: '2011-07-01',
    body: [
      '第一条 为保障政府信息公开工作落到实处，根据《行政机关公务员处分条例》和《中华人民共和国政府信息公开条例》，制定本办法。',
      '第二条 行政机关及其工作人员不依法履行政府信息公开义务、不及时更新公开的政府信息内容、违反规定收取费用或者公开不应当公开的政府信息的，依照本办法追究责任。',
    ],
  },
  {
    title: '扎兰屯市行政审批事项目录（2010年版）',
    documentNumber: '扎政发〔2010〕30号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '综合政务',
    written: '2010-06-18',
    published: '2010-06-25',
    effective: '2010-07-01',
    validity: 'amended',
    body: [
      '经清理，市政府各部门保留行政审批事项，统一进入扎兰屯市行政服务审批中心办理。',
      '本目录已由《扎兰屯市行政审批事项目录（2012年版）》（扎政发〔2012〕7号）修订。',
    ],
  },
  {
    title: '扎兰屯市行政审批事项目录（2012年版）',
    documentNumber: '扎政发〔2012〕7号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '综合政务',
    written: '2012-03-12',
    published: '2012-03-16',
    effective: '2012-04-01',
    replaces: '扎兰屯市行政审批事项目录（2010年版）',
    body: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '根据上级关于深化行政审批制度改革的要求，市政府对行政审批事项进行了再次清理，现将调整后的行政审批事项目录予以公布。',
      '目录内事项一律进入扎兰屯市行政服务审批中心集中办理，并在办事窗口、电子公告栏和触摸屏查询系统公开设定依据、办事程序、申请条件、申报材料、收费依据和收费标准。',
    ],
  },
  {
    title: '扎兰屯市城乡居民最低生活保障实施办法',
    documentNumber: '扎政发〔2010〕22号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '民政、扶贫、救灾',
    written: '2010-07-26',
    published: '2010-07-30',
    effective: '2010-08-01',
    body: [
      '第一条 为规范城乡居民最低生活保障工作，保障困难群众基本生活，根据国务院《城市居民最低生活保障条例》，结合我市实际，制定本办法。',
      '第二条 共同生活的家庭成员人均收入低于当地最低生活保障标准的城乡居民，可以申请最低生活保障。',
      '第三条 最低生活保障实行申请、审核、审批和公示制度，审批结果在居住地张榜公布，接受群众监督。',
    ],
  },
  {
    title: '扎兰屯市新型农村合作医疗实施办法（2009年）',
    documentNumber: '扎政发〔2009〕18号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '卫生、体育',
    written: '2009-03-02',
    published: '2009-03-06',
    effective: '2009-03-06',
    validity: 'expired',
    body: [
      '第一条 为建立和完善新型农村合作医疗制度，减轻农民医疗负担，制定本办法。',
      '本办法自2012年1月1日起不再执行，由《扎兰屯市新型农村合作医疗实施办法（2012年）》替代。',
    ],
  },
  {
    title: '扎兰屯市新型农村合作医疗实施办法（2012年）',
    documentNumber: '扎政发〔2012〕3号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '卫生、体育',
    written: '2011-12-20',
    published: '2011-12-26',
    effective: '2012-01-01',
    replaces: '扎兰屯市新型农村合作医疗实施办法（2009年）',
    body: [
      '第一条 为巩固和发展新型农村合作医疗制度，提高农民医疗保障水平，制定本办法。',
      '第二条 参合农民在定点医疗机构住院发生的医疗费用，按照乡镇、市级和市外医疗机构分级确定报销比例。',
      '第三条 新型农村合作医疗基金收支情况每季度向社会公布一次。',
    ],
  },
  {
    title: '扎兰屯市财政专项资金管理暂行办法',
    documentNumber: '扎财发〔2011〕9号',
    level: 'normative-document',
    issuer: '财政局',
    theme: '财政、金融、审计',
    written: '2011-05-16',
    published: '2011-05-20',
    effective: '2011-06-01',
    validity: 'expired',
    body: [
      '第一条 为加强财政专项资金管理，提高资金使用效益，制定本办法。',
      '第二条 专项资金实行项目管理，专款专用，项目资金分配结果予以公开。',
      '第三条 本办法有效期至2011年12月31日。',
    ],
  },
  {
    title: '扎兰屯市义务教育阶段家庭经济困难学生资助管理办法',
    documentNumber: '扎教发〔2011〕14号',
    level: 'normative-document',
    issuer: '教育局',
    theme: '科技、教育',
    written: '2011-08-22',
    published: '2011-08-25',
    effective: '2011-09-01',
    body: [
      '第一条 为保障家庭经济困难学生顺利完成义务教育，制定本办法。',
      '第二条 资助对象的认定坚持公开、公平、公正的原则，由学校组织评议，评议结果在校内公示不少于5个工作日。',
    ],
  },
  {
    title: '扎兰屯市档案管理办法',
    documentNumber: '扎档发〔2011〕2号',
    level: 'normative-document',
    issuer: '档案局',
    theme: '综合政务',
    written: '2011-03-18',
    published: '2011-03-22',
    effective: '2011-04-01',
    body: [
      '第一条 为加强全市档案工作，有效保护和利用档案，根据《中华人民共和国档案法》，制定本办法。',
      '第二条 市档案馆设立政府公开信息查阅场所，为公民、法人和其他组织查阅已公开的政府信息提供便利。',
    ],
  },
  {
    title: '扎兰屯市城区环境卫生管理办法（征求意见稿）',
    level: 'normative-document',
    issuer: '住建局',
    theme: '城乡建设、环境保护',
    written: '2012-05-08',
    published: '2012-05-08',
    effective: '2012-05-08',
    isDraft: true,
    body: ['第一条 为加强城区环境卫生管理，创造整洁、优美的城市环境，制定本办法。', '（征求意见稿，尚未发布。）'],
  },
  {
    title: '扎兰屯市政府投资项目管理办法（征求意见稿）',
    level: 'normative-document',
    issuer: '发改委',
    theme: '国民经济管理、国有资产监管',
    written: '2012-04-16',
    published: '2012-04-16',
    effective: '2012-04-16',
    isDraft: true,
    body: ['第一条 为规范政府投资项目管理，提高投资效益，制定本办法。', '（征求意见稿，尚未发布。）'],
  },
  // 2025: what table 二 of the city's 2025 annual report counts (two normative documents made, one repealed).
  {
    title: '扎兰屯市政府信息公开申请办理规定',
    documentNumber: '扎政办发〔2025〕6号',
    level: 'normative-document',
    issuer: '政府办公室',
    theme: '综合政务',
    written: '2025-03-20',
    published: '2025-03-25',
    effective: '2025-04-01',
    replaces: '扎兰屯市依申请公开政府信息工作规程',
    body: [
      '第一条 为规范政府信息公开申请的办理，保障申请人依法获取政府信息，根据《中华人民共和国政府信息公开条例》，制定本规定。',
      '第二条 行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。',
      '第三条 本规定自2025年4月1日起施行。《扎兰屯市依申请公开政府信息工作规程》（扎政办发〔2011〕16号）同时废止。',
    ],
  },
  {
    title: '扎兰屯市行政规范性文件管理办法',
    documentNumber: '扎政发〔2025〕12号',
    level: 'normative-document',
    issuer: '市政府',
    theme: '综合政务',
    written: '2025-06-10',
    published: '2025-06-16',
    effective: '2025-07-01',
    body: [
      '第一条 为加强行政规范性文件管理，规范制定程序，保证文件合法有效，制定本办法。',
      '第二条 行政规范性文件应当经过评估论证、公开征求意见、合法性审核、集体审议决定，并在印发后20个工作日内向社会公开。',
    ],
  },
  {
    title: '扎兰屯市政务数据共享管理办法（征求意见稿）',
    level: 'normative-document',
    issuer: '信息中心',
    theme: '综合政务',
    written: '2025-11-20',
    published: '2025-11-20',
    effective: '2025-11-20',
    isDraft: true,
    body: ['第一条 为推进政务数据共享，提高行政效能，制定本办法。', '（征求意见稿，尚未发布。）'],
  },
]

export type PolicyLinks = {
  /** Ids of policies already saved, by title: what `replaces` points to. */
  policyIds: ReadonlyMap<string, number>
  /** Ids of the disclosure items that interpret a policy, by the policy's title. */
  interpretationIds: ReadonlyMap<string, number[]>
}

export const policySeed = (
  policy: PolicyDefinition,
  refs: Refs,
  { policyIds, interpretationIds }: PolicyLinks,
): Seed<'policies'> => {
  const replaces = policy.replaces === undefined ? undefined : policyIds.get(policy.replaces)
  if (policy.replaces !== undefined && replaces === undefined) {
    throw new Error(`seed: "${policy.title}" replaces "${policy.replaces}", which is not saved yet`)
  }
  return {
    key: policy.title,
    isDraft: policy.isDraft,
    publishedAt: day(policy.published),
    data: {
      title: policy.title,
      documentNumber: policy.documentNumber,
      level: policy.level,
      issuer: refs.institution(policy.issuer),
      theme: refs.theme(policy.theme),
      dateWritten: day(policy.written),
      datePublished: day(policy.published),
      dateEffective: day(policy.effective),
      validity: policy.validity ?? 'valid',
      disclosureMethod: 'proactive',
      body: richText(policy.body),
      interpretations: interpretationIds.get(policy.title) ?? [],
      replaces,
      _status: policy.isDraft ? 'draft' : 'published',
    },
  }
}
