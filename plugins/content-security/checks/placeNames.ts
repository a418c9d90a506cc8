import type { Finding, ScanRules, ScanTarget } from '../findings'

import { foldText } from './fold'
import { contextOf, finding } from './text'

/**
 * What a place name stands before when it names an institution. Longest first: at one position the regular
 * expression takes the first alternative that matches, so 人民政府 wins over 政府.
 */
const INSTITUTION_SUFFIXES = ['人民代表大会', '人大常委会', '人民政府', '人民法院', '人民检察院', '办事处', '政府']

/** The administrative suffixes a place name ends with (GB/T 2260 and the Inner Mongolian 旗, 盟, 苏木). */
export const ADMINISTRATIVE_SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '苏木',
  '街道',
  '省',
  '市',
  '县',
  '区',
  '旗',
  '盟',
  '州',
  '乡',
  '镇',
]

/** Institution words an official name may end with, removed to reach the place it belongs to. */
const INSTITUTION_ENDINGS = [
  ...INSTITUTION_SUFFIXES,
  '人民代表大会常务委员会',
  '办公室',
  '嘎查',
  '村民委员会',
  '居民委员会',
]

/**
 * Words that stand before 政府 without naming a place: a quantifier or determiner (各, 全, 本, 我, 该, 上级),
 * a connective or preposition (和, 与, 及, 由, 向, 经, 通过, 请), or a verb that governs it (申请, 报请, 提请).
 * The text before the institution word is cut after the last of these; what remains is the candidate name.
 * Characters that begin real place names (成都, 即墨, 诸暨, 贵阳, 从化, 同江, 将乐, 可克达拉) are left out.
 */
const NOT_NAME_CHARACTERS = new Set([
  ...'的和与及或并在向由对为经请把被各以给是于至跟让使凡其该本我全每此两了报据则但而又也还已曾应须需要就再受呈送',
])

/** Longer words of the same kind, cut after in the same way. */
const NOT_NAME_WORDS = [
  '通过',
  '根据',
  '按照',
  '依照',
  '依据',
  '经过',
  '关于',
  '报请',
  '提请',
  '申请',
  '会同',
  '协助',
  '配合',
  '联合',
  '督促',
  '指导',
  '要求',
  '组织',
  '领导',
  '发布',
  '编制',
  '报送',
  '报告',
  '成立',
  '召开',
  '设立',
  '作为',
  '包括',
  '属于',
  '所属',
  '批准',
  '同意',
  '授权',
  '委托',
  '印发',
  '转发',
  '执行',
  '落实',
  '负责',
  '监督',
  '检查',
  '电子版',
  '处理',
  '办理',
  '承担',
  '主持',
  '担任',
  '兼任',
  '分管',
  '研究',
  '参加',
  '出席',
  '提交',
  '提出',
  '上报',
  '呈报',
  '审议',
  '审查',
  '审定',
  '讨论',
  '听取',
  '部署',
  '服务',
  '支持',
  '争取',
  '建立',
  '完善',
  '代表',
  '以前',
  '以后',
  '之前',
  '之后',
  '底前',
  '协调',
  '督查',
  '督办',
  '报经',
  '经由',
  '呈请',
  '请示',
  '汇报',
  '接受',
  '服从',
  '隶属',
  '归口',
  '联系',
  '通报',
  '批复',
  '制定',
  '起草',
  '拟定',
  '代拟',
  '审批',
  '核准',
  '备案',
  '决定',
  '赋予',
  '授予',
  '明确',
  '列入',
  '纳入',
]

/** Characters that carry no name by themselves: a candidate made only of these (市县, 乡镇, 旗市区) is generic. */
const GENERIC_CHARACTERS = new Set([...'省市县区旗盟州乡镇村街道苏木自治特别行政地方各级上下本同'])

/** Kinds of place, not places: a candidate ending in one (省、自治区、直辖市人民政府; 有关地区人民政府) names none. */
const GENERIC_PLACE_WORDS = [
  '直辖市',
  '民族乡',
  '民族镇',
  '民族苏木',
  '市辖区',
  '县级市',
  '地级市',
  '副省级市',
  '计划单列市',
  '城市',
  '经济特区',
  '地区',
  '辖区',
  '社区',
  '园区',
  '景区',
  '灾区',
  '牧区',
  '开发区',
  '高新区',
  '新区',
]

/**
 * A name ending in two levels (旗市区, 各盟市, 乡镇, 县市) lists kinds of government, it names none. 州 is left out:
 * 杭州市 and 通州区 end in two suffix characters too.
 */
const LIST_OF_LEVELS = /[省市县区旗盟乡镇][省市县区旗盟乡镇]$/

const ESCAPED = (words: readonly string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
const INSTITUTION_PATTERN = new RegExp(ESCAPED(INSTITUTION_SUFFIXES), 'g')
const ADMINISTRATIVE_END = new RegExp(`(?:${ESCAPED(ADMINISTRATIVE_SUFFIXES)})$`)
const ADMINISTRATIVE_SEGMENT = new RegExp(`.+?(?:${ESCAPED(ADMINISTRATIVE_SUFFIXES)})`, 'g')

/** Characters a name is written in: Chinese, Latin letters, digits (all folded to half-width, lower case). */
const NAME_CHARACTER = /[\u4e00-\u9fff\u3400-\u4dbfa-z0-9·]/
/** How far back a name is looked for. */
const MAX_NAME_LENGTH = 24
/**
 * Latin words government texts do write before 政府 (PPP政府和社会资本合作, APP政府服务, e政府): no brand over a
 * place name.
 */
const LATIN_BEFORE_GOVERNMENT = new Set(['app', 'ppp', 'ai', 'it', 'e', '5g', 'o2o', 'g2b', 'g2c', 'b2g', 'wifi'])

/**
 * Words of gambling brands written in Chinese (金沙娱乐, 某某体育, 澳门葡京). Before 人民政府 they stand where only a
 * place can, and block; before a bare 政府 (体育政府投入) they may be an unlucky run of words, and warn.
 */
const BRAND_WORDS = [
  '娱乐',
  '体育',
  '彩票',
  '棋牌',
  '博彩',
  '赌场',
  '真人',
  '官网',
  '电竞',
  '百家乐',
  '老虎机',
  '葡京',
  '威尼斯人',
  '太阳城',
]

/** A count or a date before the name ("2011年", "第3届") is not part of it. */
const LEADING_COUNT = /^.*\d+(?:年|月|日|号|届|次|期|个|名|项|件|条|批|家|位|所|处)/

/**
 * The segments of each list of names, computed once: a scan's rules are loaded once and checked against every
 * target of every document (a rescan: every published document) with the same list.
 */
const segmentsOfNames = new WeakMap<readonly string[], ReadonlySet<string>>()

/**
 * Every form an official name may take in running text: 扎兰屯市卧牛河镇人民政府 allows 扎兰屯市卧牛河镇,
 * 扎兰屯市, 卧牛河镇, 扎兰屯 and 卧牛河. Names are split into administrative segments; each segment counts
 * with and without its suffix, and a name in the text is official when it is made of official segments only.
 */
export const officialSegments = (officialNames: readonly string[]): ReadonlySet<string> => {
  const known = segmentsOfNames.get(officialNames)
  if (known) return known
  const segments = new Set<string>()
  for (const official of officialNames) {
    let place = foldText(official).replace(/\s+/g, '')
    for (let changed = true; changed;) {
      changed = false
      for (const ending of INSTITUTION_ENDINGS) {
        if (place.length > ending.length && place.endsWith(ending)) {
          place = place.slice(0, -ending.length)
          changed = true
        }
      }
    }
    const parts = place.match(ADMINISTRATIVE_SEGMENT) ?? []
    const rest = place.slice(parts.join('').length)
    for (const part of rest ? [...parts, rest] : parts) {
      segments.add(part)
      const bare = part.replace(ADMINISTRATIVE_END, '')
      if (bare.length >= 2) segments.add(bare)
    }
  }
  segmentsOfNames.set(officialNames, segments)
  return segments
}

/** Whether `name` is entirely made of official segments (呼伦贝尔市扎兰屯市, 扎兰屯市卧牛河镇). */
const isOfficial = (name: string, segments: ReadonlySet<string>): boolean => {
  const reachable = new Array<boolean>(name.length + 1).fill(false)
  reachable[0] = true
  for (let end = 1; end <= name.length; end++) {
    for (let start = 0; start < end && !reachable[end]; start++) {
      reachable[end] = reachable[start]! && segments.has(name.slice(start, end))
    }
  }
  return reachable[name.length]!
}

/** Whether some ending of the text before the institution word is an official name. */
const endsWithOfficialName = (before: string, segments: ReadonlySet<string>): boolean => {
  for (let start = before.length - 1; start >= 0; start--) {
    if (isOfficial(before.slice(start), segments)) return true
  }
  return false
}

type Candidate = { name: string; start: number; isForeign: boolean }

/** The name standing right before the institution word at `end` in the folded text, if there is one. */
const candidateBefore = (folded: string, end: number): Candidate | undefined => {
  let start = end
  while (start > 0 && end - start < MAX_NAME_LENGTH && NAME_CHARACTER.test(folded[start - 1]!)) start--
  let before = folded.slice(start, end)
  const count = LEADING_COUNT.exec(before)
  if (count) {
    start += count[0].length
    before = before.slice(count[0].length)
  }
  if (before === '') return undefined
  // A Latin letter, or a digit followed by Chinese, where a place name belongs: a brand written over the name.
  const latin = /[a-z]|\d+[\u4e00-\u9fff]/.exec(before)
  if (latin) {
    const name = before.slice(latin.index)
    if (name.length < 2 || LATIN_BEFORE_GOVERNMENT.has(name)) return undefined
    return { name, start: start + latin.index, isForeign: true }
  }
  let cut = before.length
  while (cut > 0 && !NOT_NAME_CHARACTERS.has(before[cut - 1]!)) cut--
  for (const word of NOT_NAME_WORDS) {
    const at = before.lastIndexOf(word)
    if (at !== -1 && at + word.length > cut) cut = at + word.length
  }
  return { name: before.slice(cut), start: start + cut, isForeign: false }
}

const blockMessage = (name: string, institution: string) => ({
  zh: `“${name}${institution}”中的“${name}”不是地名，疑似被篡改`,
  en: `"${name}" stands where a place name belongs ("${name}${institution}"): the text looks tampered with`,
})

const warnMessage = (name: string, institution: string) => ({
  zh: `“${name}${institution}”中的地名“${name}”不在官方名称中`,
  en: `the place "${name}" in "${name}${institution}" is not one of the official names`,
})

/**
 * The name before 人民政府 / 政府 / 人民代表大会 and similar institution words. A name with Latin letters (or
 * digits run into Chinese) there blocks: that is how hijacked mirrors of government sites read ("UedBet体育人民政府");
 * so does a Chinese brand word (金沙娱乐人民政府), which only warns before a bare 政府.
 * A name ending in an administrative suffix that is none of `rules.officialNames` (nor a part of one) warns.
 * Generic phrases (各乡镇人民政府, 县级以上人民政府, 市政府, 申请人民政府处理) are no finding.
 */
export const checkPlaceNames = (target: ScanTarget, rules: ScanRules): Finding[] => {
  const { text, field } = target
  if (!text) return []
  const folded = foldText(text)
  const segments = officialSegments(rules.officialNames)
  const findings: Finding[] = []
  for (const match of folded.matchAll(INSTITUTION_PATTERN)) {
    const institution = text.slice(match.index, match.index + match[0].length)
    const candidate = candidateBefore(folded, match.index)
    if (!candidate) continue
    const written = text.slice(candidate.start, match.index)
    if (candidate.isForeign) {
      findings.push(
        finding({
          check: 'placeName',
          severity: 'block',
          field,
          match: written,
          context: contextOf(text, candidate.start, match.index + match[0].length),
          normalisedMatch: candidate.name,
          message: blockMessage(written, institution),
        }),
      )
      continue
    }
    const { name } = candidate
    if (!ADMINISTRATIVE_END.test(name)) {
      if (!BRAND_WORDS.some((word) => name.includes(word))) continue
      findings.push(
        finding({
          check: 'placeName',
          severity: match[0] === '政府' ? 'warn' : 'block',
          field,
          match: written,
          context: contextOf(text, candidate.start, match.index + match[0].length),
          normalisedMatch: name,
          message: blockMessage(written, institution),
        }),
      )
      continue
    }
    if ([...name].every((char) => GENERIC_CHARACTERS.has(char))) continue
    if (LIST_OF_LEVELS.test(name)) continue
    if (GENERIC_PLACE_WORDS.some((word) => name.endsWith(word))) continue
    if (name.replace(ADMINISTRATIVE_END, '').length < 2) continue
    if (endsWithOfficialName(folded.slice(Math.max(0, match.index - MAX_NAME_LENGTH), match.index), segments)) continue
    findings.push(
      finding({
        check: 'placeName',
        severity: 'warn',
        field,
        match: written,
        context: contextOf(text, candidate.start, match.index + match[0].length),
        normalisedMatch: name,
        message: warnMessage(written, institution),
      }),
    )
  }
  return findings
}
