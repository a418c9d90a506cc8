import { bilingual } from '../../src/lib/platform/labels'

/**
 * The outcomes of a reply, one per row of the national annual report's table 三 (2021 format), so the report counts
 * replies by their stored value. `group` is the table's heading for the rows under it.
 */
export const replyOutcomes = [
  { value: 'disclosed', group: '予以公开', zh: '予以公开', en: 'Disclosed' },
  {
    value: 'partlyDisclosed',
    group: '部分公开',
    zh: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partly disclosed (a separated reply counts here only)',
  },
  { value: 'withheldStateSecret', group: '不予公开', zh: '属于国家秘密', en: 'State secret' },
  {
    value: 'withheldProhibitedByLaw',
    group: '不予公开',
    zh: '其他法律行政法规禁止公开',
    en: 'Prohibited by other laws or regulations',
  },
  {
    value: 'withheldEndangersSecurity',
    group: '不予公开',
    zh: '危及“三安全一稳定”',
    en: 'Endangers national, public, economic security or social stability',
  },
  {
    value: 'withheldThirdPartyRights',
    group: '不予公开',
    zh: '保护第三方合法权益',
    en: 'Protects a third party’s lawful rights',
  },
  {
    value: 'withheldInternalAffairs',
    group: '不予公开',
    zh: '属于三类内部事务信息',
    en: 'Internal affairs information (three kinds)',
  },
  {
    value: 'withheldProcessInformation',
    group: '不予公开',
    zh: '属于四类过程性信息',
    en: 'Process information (four kinds)',
  },
  {
    value: 'withheldEnforcementFile',
    group: '不予公开',
    zh: '属于行政执法案卷',
    en: 'Administrative enforcement file',
  },
  {
    value: 'withheldQueryMatter',
    group: '不予公开',
    zh: '属于行政查询事项',
    en: 'Administrative query matter',
  },
  {
    value: 'unavailableNotHeld',
    group: '无法提供',
    zh: '本机关不掌握相关政府信息',
    en: 'Not held by this body',
  },
  {
    value: 'unavailableNeedsCreation',
    group: '无法提供',
    zh: '没有现成信息需要另行制作',
    en: 'Does not exist and would have to be created',
  },
  {
    value: 'unavailableStillUnclear',
    group: '无法提供',
    zh: '补正后申请内容仍不明确',
    en: 'Still unclear after correction',
  },
  {
    value: 'notHandledPetition',
    group: '不予处理',
    zh: '信访举报投诉类申请',
    en: 'A petition, report or complaint',
  },
  { value: 'notHandledRepeated', group: '不予处理', zh: '重复申请', en: 'Repeated request' },
  {
    value: 'notHandledPublication',
    group: '不予处理',
    zh: '要求提供公开出版物',
    en: 'Asks for a published publication',
  },
  {
    value: 'notHandledMassRepeated',
    group: '不予处理',
    zh: '无正当理由大量反复申请',
    en: 'Large-scale repeated requests without good reason',
  },
  {
    value: 'notHandledConfirmation',
    group: '不予处理',
    zh: '要求行政机关确认或重新出具已获取信息',
    en: 'Asks to confirm or reissue information already obtained',
  },
  {
    value: 'otherNoCorrection',
    group: '其他处理',
    zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'No correction in time without good reason: no longer handled',
  },
  {
    value: 'otherFeeUnpaid',
    group: '其他处理',
    zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Fee not paid in time: no longer handled',
  },
  { value: 'other', group: '其他处理', zh: '其他', en: 'Other' },
] as const

export type ReplyOutcome = (typeof replyOutcomes)[number]['value']

const groupEnglish: Record<string, string> = {
  予以公开: 'Disclosed',
  部分公开: 'Partly disclosed',
  不予公开: 'Withheld',
  无法提供: 'Cannot be provided',
  不予处理: 'Not handled',
  其他处理: 'Otherwise handled',
}

/** Select options labelled with their table-三 heading, e.g. 不予公开 — 属于国家秘密. */
export const replyOutcomeOptions = replyOutcomes.map(({ value, group, zh, en }) => ({
  value,
  label:
    group === zh || value === 'partlyDisclosed'
      ? bilingual(zh, en)
      : bilingual(`${group} — ${zh}`, `${groupEnglish[group]} — ${en}`),
}))
