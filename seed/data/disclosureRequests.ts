import type { DisclosureRequest } from '../../payload-types'
import type { Refs } from '../refs'
import type { Seed } from '../upsert'
import type { InstitutionShortName } from './institutions'

import { day } from '../dates'

type ReplyOutcome = NonNullable<NonNullable<DisclosureRequest['steps']>[number]['outcome']>

type RequestDefinition = {
  applicantType: DisclosureRequest['applicantType']
  applicantName: string
  channel: DisclosureRequest['channel']
  received: string
  /** What is asked: unique, the request's natural key in the seed. */
  asks: string
  handler: InstitutionShortName
  /** Steps before the reply: a correction asked for, an extension. */
  correctionRequested?: string
  extended?: string
  reply?: { on: string; outcome: ReplyOutcome }
}

/**
 * 依申请公开 of 2025, small enough to count table 三 of the city's 2025 annual report by hand: two requests carried
 * over from 2024 and one replied to within 2024 (not in 2025's report), eighteen received in 2025 across every kind
 * of applicant and nine outcomes, three of them carried forward to 2026 (one replied to in January 2026). The
 * people and companies are invented.
 */
export const disclosureRequests: readonly RequestDefinition[] = [
  {
    applicantType: 'naturalPerson',
    applicantName: '王某某',
    channel: 'letter',
    received: '2024-12-16',
    asks: '2024年城区老旧小区改造项目清单及资金安排',
    handler: '住建局',
    reply: { on: '2025-01-10', outcome: 'disclosed' },
  },
  {
    applicantType: 'commercialEnterprise',
    applicantName: '扎兰屯市某建材有限公司',
    channel: 'online',
    received: '2024-12-20',
    asks: '2024年国有建设用地供应计划及已出让地块的出让合同',
    handler: '国土资源局',
    reply: { on: '2025-01-17', outcome: 'partlyDisclosed' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '李某某',
    channel: 'online',
    received: '2024-11-05',
    asks: '2024年市政府常务会议研究城区供热价格调整的会议纪要',
    handler: '政府办公室',
    reply: { on: '2024-11-28', outcome: 'disclosed' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '赵某某',
    channel: 'online',
    received: '2025-02-10',
    asks: '2025年市政府工作报告中民生实事项目的分解方案',
    handler: '政府办公室',
    reply: { on: '2025-03-05', outcome: 'disclosed' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '孙某某',
    channel: 'inPerson',
    received: '2025-03-03',
    asks: '兴华小区二期项目的建设工程规划许可证',
    handler: '住建局',
    reply: { on: '2025-03-28', outcome: 'disclosed' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '周某某',
    channel: 'online',
    received: '2025-04-07',
    asks: '2024年度市本级一般公共预算执行情况中教育支出明细',
    handler: '财政局',
    reply: { on: '2025-04-30', outcome: 'partlyDisclosed' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '吴某某',
    channel: 'letter',
    received: '2025-05-12',
    asks: '某村集体土地征收中各户的补偿款发放名单',
    handler: '国土资源局',
    reply: { on: '2025-06-06', outcome: 'withheldThirdPartyRights' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '郑某某',
    channel: 'online',
    received: '2025-06-16',
    asks: '1998年城区某住宅楼的竣工验收资料',
    handler: '住建局',
    reply: { on: '2025-07-08', outcome: 'unavailableNotHeld' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '冯某某',
    channel: 'email',
    received: '2025-07-01',
    asks: '要求查处所在小区物业公司违规收费问题并答复处理结果',
    handler: '政府办公室',
    reply: { on: '2025-07-21', outcome: 'notHandledPetition' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '陈某某',
    channel: 'online',
    received: '2025-09-08',
    asks: '财政局有关文件',
    handler: '财政局',
    correctionRequested: '2025-09-12',
    reply: { on: '2025-10-10', outcome: 'otherNoCorrection' },
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '褚某某',
    channel: 'online',
    received: '2025-12-15',
    asks: '2025年市政府重大行政决策事项目录及其执行情况',
    handler: '政府办公室',
  },
  {
    applicantType: 'naturalPerson',
    applicantName: '卫某某',
    channel: 'inPerson',
    received: '2025-10-20',
    asks: '2025年扎兰屯市人民政府行政规范性文件制定计划',
    handler: '市政府',
    reply: { on: '2025-11-10', outcome: 'disclosed' },
  },
  {
    applicantType: 'commercialEnterprise',
    applicantName: '呼伦贝尔某建筑工程有限公司',
    channel: 'online',
    received: '2025-03-18',
    asks: '2025年市本级政府投资建设项目的招标计划',
    handler: '住建局',
    reply: { on: '2025-04-14', outcome: 'disclosed' },
  },
  {
    applicantType: 'commercialEnterprise',
    applicantName: '扎兰屯市某农业科技有限公司',
    channel: 'letter',
    received: '2025-08-04',
    asks: '2025年农业产业化专项资金分配方案的讨论稿和内部审核意见',
    handler: '财政局',
    reply: { on: '2025-08-29', outcome: 'withheldProcessInformation' },
  },
  {
    applicantType: 'commercialEnterprise',
    applicantName: '扎兰屯市某矿业有限公司',
    channel: 'online',
    received: '2025-12-22',
    asks: '2025年矿产资源总体规划调整的批复文件',
    handler: '国土资源局',
    reply: { on: '2026-01-16', outcome: 'disclosed' },
  },
  {
    applicantType: 'researchInstitution',
    applicantName: '某大学公共管理学院课题组',
    channel: 'email',
    received: '2025-05-20',
    asks: '2020年至2024年政府信息公开工作年度报告的原始统计表',
    handler: '政府办公室',
    reply: { on: '2025-06-10', outcome: 'disclosed' },
  },
  {
    applicantType: 'publicWelfareOrganisation',
    applicantName: '某环保公益协会',
    channel: 'online',
    received: '2025-06-03',
    asks: '2024年重点排污单位名录及其自行监测数据',
    handler: '环保局',
    reply: { on: '2025-06-24', outcome: 'partlyDisclosed' },
  },
  {
    applicantType: 'legalServiceProvider',
    applicantName: '内蒙古某律师事务所',
    channel: 'letter',
    received: '2025-04-21',
    asks: '城区某地块历年土地用途变更情况的汇总分析',
    handler: '国土资源局',
    extended: '2025-05-19',
    reply: { on: '2025-06-13', outcome: 'unavailableNeedsCreation' },
  },
  {
    applicantType: 'legalServiceProvider',
    applicantName: '呼伦贝尔某律师事务所',
    channel: 'online',
    received: '2025-11-03',
    asks: '兴华小区二期项目的建设工程规划许可证（再次申请）',
    handler: '住建局',
    reply: { on: '2025-11-24', outcome: 'notHandledRepeated' },
  },
  {
    applicantType: 'otherOrganisation',
    applicantName: '扎兰屯市某社区居民委员会',
    channel: 'inPerson',
    received: '2025-10-13',
    asks: '2025年社区建设补助资金的拨付文件',
    handler: '财政局',
    reply: { on: '2025-11-05', outcome: 'disclosed' },
  },
  {
    applicantType: 'otherOrganisation',
    applicantName: '某业主委员会',
    channel: 'letter',
    received: '2025-12-26',
    asks: '某小区配套幼儿园移交的相关文件',
    handler: '住建局',
  },
]

export const disclosureRequestSeed = (request: RequestDefinition, refs: Refs): Seed<'disclosure-requests'> => ({
  key: request.asks,
  data: {
    applicantType: request.applicantType,
    applicantName: request.applicantName,
    channel: request.channel,
    receivedOn: day(request.received),
    requestedInformation: request.asks,
    handlingInstitution: refs.institution(request.handler),
    steps: [
      ...(request.correctionRequested
        ? [{ kind: 'correctionRequested' as const, date: day(request.correctionRequested) }]
        : []),
      ...(request.extended
        ? [
            {
              kind: 'extension' as const,
              date: day(request.extended),
              approvedBy: '市政府办公室主任',
              noticeSentOn: day(request.extended),
            },
          ]
        : []),
      ...(request.reply
        ? [{ kind: 'reply' as const, date: day(request.reply.on), outcome: request.reply.outcome }]
        : []),
    ],
  },
})
