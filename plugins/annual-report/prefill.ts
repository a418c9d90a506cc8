import type { ReportSnapshot } from './snapshot'

import { lexicalDocument } from '../../src/lib/richText'

/** "扎兰屯市人民政府2025年政府信息公开工作年度报告", the national title of the report. */
export const reportTitle = ({ institutionName, year }: { institutionName: string; year: number }) =>
  `${institutionName}${year}年政府信息公开工作年度报告`

/**
 * The three written sections as the office starts them: section 一 with the year's facts from the computed tables,
 * sections 五 and 六 with what the national format asks them to say. The office rewrites them before review.
 */
export const prefilledSections = ({
  institutionName,
  year,
  snapshot,
}: {
  institutionName: string
  year: number
  snapshot: ReportSnapshot
}) => {
  const { rules, normativeDocuments } = snapshot.table2
  const requests = (row: keyof ReportSnapshot['table3']) => snapshot.table3[row].total
  return {
    overview: lexicalDocument([
      `${year}年，${institutionName}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，全面推进政府信息公开工作。`,
      `主动公开方面，全年制发规章${rules.made}件、行政规范性文件${normativeDocuments.made}件，废止规章${rules.repealed}件、行政规范性文件${normativeDocuments.repealed}件；截至年底，现行有效规章${rules.inForce}件、行政规范性文件${normativeDocuments.inForce}件。`,
      `依申请公开方面，全年新收政府信息公开申请${requests('received')}件，上年结转${requests('carriedOver')}件；办结${requests('concluded')}件，其中予以公开${requests('disclosed')}件、部分公开${requests('partlyDisclosed')}件；结转下年度继续办理${requests('carriedForward')}件。`,
      '（请补充政府信息管理、平台建设、监督保障等方面的情况。）',
    ]),
    problems: lexicalDocument([
      '（请说明本年度政府信息公开工作存在的主要问题，上年度问题的改进情况，以及下一步的改进措施。）',
    ]),
    otherMatters: lexicalDocument([
      '（请说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，人大代表建议和政协提案办理结果公开情况，年度工作要点落实情况，以及其他需要报告的事项。）',
    ]),
  }
}
