import type { CategoryKind } from '../../collections/fields/category'
import type { Seed } from '../upsert'

/** 主题分类: the 22 themes of the national catalogue (gov.cn), in their published order. */
export const themes = [
  ['T01', '国务院组织机构'],
  ['T02', '综合政务'],
  ['T03', '国民经济管理、国有资产监管'],
  ['T04', '财政、金融、审计'],
  ['T05', '国土资源、能源'],
  ['T06', '农业、林业、水利'],
  ['T07', '工业、交通'],
  ['T08', '商贸、海关、旅游'],
  ['T09', '市场监管、安全生产监管'],
  ['T10', '城乡建设、环境保护'],
  ['T11', '科技、教育'],
  ['T12', '文化、广电、新闻出版'],
  ['T13', '卫生、体育'],
  ['T14', '人口与计划生育、妇女儿童工作'],
  ['T15', '劳动、人事、监察'],
  ['T16', '公安、安全、司法'],
  ['T17', '民政、扶贫、救灾'],
  ['T18', '民族、宗教'],
  ['T19', '对外事务'],
  ['T20', '港澳台侨工作'],
  ['T21', '国防'],
  ['T22', '其他'],
] as const

/** 体裁分类: the 15 kinds of 公文 (党政机关公文处理工作条例) plus the catalogue's own four. */
export const genres = [
  ['G01', '决议'],
  ['G02', '决定'],
  ['G03', '命令（令）'],
  ['G04', '公报'],
  ['G05', '公告'],
  ['G06', '通告'],
  ['G07', '意见'],
  ['G08', '通知'],
  ['G09', '通报'],
  ['G10', '报告'],
  ['G11', '请示'],
  ['G12', '批复'],
  ['G13', '议案'],
  ['G14', '函'],
  ['G15', '纪要'],
  ['G16', '规划'],
  ['G17', '统计数据'],
  ['G18', '办事指南'],
  ['G19', '其他'],
] as const

/** 服务对象分类: no national list exists; these are the groups local catalogues commonly use. */
export const serviceObjects = [
  ['S01', '公民'],
  ['S02', '法人'],
  ['S03', '企业'],
  ['S04', '个体工商户'],
  ['S05', '社会组织'],
  ['S06', '老年人'],
  ['S07', '残疾人'],
  ['S08', '妇女儿童'],
  ['S09', '学生'],
  ['S10', '农民'],
  ['S11', '退役军人'],
  ['S12', '低收入家庭'],
  ['S13', '投资者'],
] as const

type CategoryEntry = readonly [code: string, name: string]

export type ThemeName = (typeof themes)[number][1]
export type GenreName = (typeof genres)[number][1]
export type ServiceObjectName = (typeof serviceObjects)[number][1]

export const categoryKey = (kind: CategoryKind, code: string) => `${kind}:${code}`

const toSeeds = (kind: CategoryKind, entries: readonly CategoryEntry[]): Seed<'categories'>[] =>
  entries.map(([code, name], i) => ({ key: categoryKey(kind, code), data: { kind, code, name, order: (i + 1) * 10 } }))

export const categorySeeds = (): Seed<'categories'>[] => [
  ...toSeeds('theme', themes),
  ...toSeeds('genre', genres),
  ...toSeeds('serviceObject', serviceObjects),
]
