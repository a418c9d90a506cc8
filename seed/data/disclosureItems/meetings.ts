import type { ItemDefinition } from './types'

import { createRandom } from '../../random'

/** Meetings a year; 2012 stops at the demo's "now", mid-year. */
const MEETINGS: ReadonlyArray<readonly [year: number, count: number, lastMonth: number]> = [
  [2009, 4, 12],
  [2010, 4, 12],
  [2011, 8, 12],
  [2012, 3, 6],
]

const AGENDA = [
  '会议研究部署了春耕生产和森林草原防火工作，要求各乡镇、各部门落实防火责任制。',
  '会议听取了全市重点项目建设进展情况汇报，要求相关部门加快推进项目前期工作。',
  '会议研究了城区棚户区改造项目实施方案，原则同意，由市住房和城乡建设局组织实施。',
  '会议研究了城乡居民最低生活保障标准调整事宜，同意按程序报批后执行。',
  '会议审议了市本级财政预算调整方案，同意提请市人民代表大会常务委员会审议。',
  '会议研究了冬季城区供热保障工作，要求供热企业按时供热、确保质量。',
  '会议研究部署了防汛抗旱工作，明确了各乡镇、各部门的防汛责任。',
  '会议研究了新型农村合作医疗筹资和补偿方案，同意由市卫生局组织实施。',
  '会议研究了中小学校舍安全工程实施方案，要求确保工程质量和资金安全。',
  '会议听取了全市政府信息公开工作进展情况汇报，要求各部门按照公开目录及时公开信息。',
  '会议研究了城区环境卫生综合整治工作，同意开展集中整治行动。',
  '会议研究了市政府规范性文件清理工作，同意公布清理结果。',
  '会议研究了行政审批事项清理工作，要求进一步精简审批环节、压缩办理时限。',
  '会议研究了旅游业发展和景区基础设施建设有关事项。',
] as const

const NUMERALS = ['一', '二', '三']

/** 政府常务会议纪要: the report lists the matters decided at executive meetings among what was published. */
export const meetingMinutes = (): ItemDefinition[] => {
  const random = createRandom(2011_01)
  return MEETINGS.flatMap(([year, count, lastMonth]) =>
    Array.from({ length: count }, (_, i): ItemDefinition => {
      const month = Math.floor((i * lastMonth) / count) + 1 + random.int(0, Math.floor(lastMonth / count) - 1)
      const date = `${year}-${String(month).padStart(2, '0')}-${String(random.int(5, 25)).padStart(2, '0')}`
      const agenda = [...new Set(Array.from({ length: 3 }, () => random.pick(AGENDA)))]
      return {
        title: `扎兰屯市人民政府${year}年第${i + 1}次常务会议纪要`,
        institution: '政府办公室',
        date,
        documentNumber: `扎政纪〔${year}〕${i + 1}号`,
        theme: '综合政务',
        genre: '纪要',
        keywords: ['常务会议', '会议纪要'],
        paragraphs: [
          `${month}月${Number(date.slice(8))}日，市长主持召开市人民政府${year}年第${i + 1}次常务会议，副市长、秘书长及有关部门负责人参加会议。会议议定事项如下：`,
          ...agenda.map((item, n) => `${NUMERALS[n]}、${item}`),
        ],
      }
    }),
  )
}
