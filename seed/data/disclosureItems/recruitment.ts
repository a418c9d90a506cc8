import type { ItemDefinition } from './types'

const common = {
  institution: '人社局',
  theme: '劳动、人事、监察',
  genre: '公告',
  serviceObjects: ['公民', '学生'],
} as const

/** 公务员招考和公开选任: the report names the conditions, procedure and results of recruitment. */
export const recruitment: readonly ItemDefinition[] = [
  ...(
    [
      [2010, '2010-05-12'],
      [2011, '2011-05-10'],
      [2012, '2012-05-08'],
    ] as const
  ).map(([year, date]): ItemDefinition => ({
    ...common,
    title: `扎兰屯市${year}年公开招考公务员公告`,
    date,
    keywords: ['公务员招考', `${year}年`],
    isDraft: year === 2012,
    paragraphs: [
      `根据《中华人民共和国公务员法》和自治区公务员考试录用的有关规定，扎兰屯市${year}年面向社会公开招考公务员，现将有关事项公告如下。`,
      '一、报考条件：具有中华人民共和国国籍，拥护中华人民共和国宪法，具有良好的品行和正常履行职责的身体条件，具有符合职位要求的文化程度和工作能力。',
      '二、招考程序：报名、资格审查、笔试、面试、体检、考察、公示、录用。',
      '三、咨询电话：0470-3229516。',
    ],
  })),
  {
    ...common,
    title: '扎兰屯市2011年公开招考公务员拟录用人员名单公示',
    date: '2011-08-15',
    keywords: ['公务员招考', '拟录用', '公示'],
    paragraphs: [
      '经笔试、面试、体检和考察，现将扎兰屯市2011年公开招考公务员拟录用人员名单予以公示，公示期为7个工作日。',
      '公示期间，对拟录用人员有异议的，可以向市人力资源和社会保障局反映，反映问题应实事求是。',
    ],
  },
  {
    ...common,
    title: '扎兰屯市2011年公开选任副科级领导干部公告',
    date: '2011-06-20',
    keywords: ['公开选任', '干部'],
    paragraphs: [
      '为进一步深化干部人事制度改革，市委、市政府决定公开选任部分副科级领导干部。',
      '一、选任职位和条件见附表。二、选任程序：报名、资格审查、笔试、面试、组织考察、公示、任职。三、选任结果将在政府门户网站公布。',
    ],
  },
]
