import type { Seed } from '../upsert'

type Category = 'fraud' | 'gambling' | 'other' | 'pornography'

/**
 * The starting word list of the content checks: gambling brands and terms (the fixture's injected brand
 * among them), pornography and fraud. The disclosure office keeps it from here on.
 */
const words: ReadonlyArray<readonly [term: string, category: Category, note?: string]> = [
  ['博彩', 'gambling'],
  ['菠菜', 'gambling', '“博彩”的谐音，赌博推广常用'],
  ['真人娱乐', 'gambling'],
  ['365bet', 'gambling'],
  ['bet365', 'gambling'],
  ['UedBet体育', 'gambling', '2011 年报镜像中替换城市名的博彩品牌'],
  ['UedBet', 'gambling'],
  ['百家乐', 'gambling'],
  ['六合彩', 'gambling'],
  ['老虎机', 'gambling'],
  ['网上赌场', 'gambling'],
  ['娱乐城', 'gambling'],
  ['色情', 'pornography'],
  ['裸聊', 'pornography'],
  ['约炮', 'pornography'],
  ['刷单返利', 'fraud'],
  ['代开发票', 'fraud'],
  ['办理假证', 'fraud'],
  ['贷款秒批', 'fraud'],
]

export const sensitiveWordSeeds = (): Array<Seed<'sensitive-words'>> =>
  words.map(([term, category, note]) => ({
    key: term,
    data: { term, category, severity: 'block', ...(note ? { note } : {}) },
  }))

export const sensitiveWordTerms = (): string[] => words.map(([term]) => term)
