import type { ItemDefinition } from './types'

/** The 2007 regulation was in force in these years; its articles are the reasons given. */
const ARTICLE_14 = '《中华人民共和国政府信息公开条例》（2007年）第十四条第四款'

/** 不予公开: catalogued, never released, each with its legal reason (公开目录 still lists the entry). */
export const withheld: readonly ItemDefinition[] = [
  {
    title: '扎兰屯市2011年度保密工作检查情况报告',
    institution: '保密局',
    date: '2011-12-16',
    theme: '公安、安全、司法',
    genre: '报告',
    keywords: ['保密检查'],
    disclosure: { method: 'not-disclosed', reason: `经保密审查，该信息属于国家秘密，依据${ARTICLE_14}不予公开。` },
    paragraphs: ['（本信息经保密审查确定为国家秘密，正文不予公开。）'],
  },
  {
    title: '扎兰屯市环境保护局关于重点企业排污工艺调查的材料',
    institution: '环保局',
    date: '2011-09-22',
    theme: '城乡建设、环境保护',
    genre: '报告',
    keywords: ['排污', '调查'],
    disclosure: {
      method: 'not-disclosed',
      reason: `该信息涉及第三方商业秘密（生产工艺），经征求权利人意见，权利人不同意公开，依据${ARTICLE_14}和第二十三条不予公开。`,
    },
    paragraphs: ['（本信息涉及商业秘密，正文不予公开。）'],
  },
  {
    title: '扎兰屯市2011年城乡低保申请家庭收入核查材料',
    institution: '民政局',
    date: '2011-10-11',
    theme: '民政、扶贫、救灾',
    genre: '其他',
    keywords: ['最低生活保障', '收入核查'],
    disclosure: {
      method: 'not-disclosed',
      reason: `该信息涉及申请人家庭收入和财产等个人隐私，依据${ARTICLE_14}不予公开。`,
    },
    paragraphs: ['（本信息涉及个人隐私，正文不予公开；审批结果已按规定张榜公示。）'],
  },
  {
    title: '扎兰屯市公安局2012年春节期间安全保卫工作方案',
    institution: '公安局',
    date: '2012-01-09',
    theme: '公安、安全、司法',
    genre: '其他',
    keywords: ['安全保卫'],
    disclosure: {
      method: 'not-disclosed',
      reason: '公开后可能危及公共安全和社会稳定，依据《中华人民共和国政府信息公开条例》（2007年）第八条不予公开。',
    },
    paragraphs: ['（本信息公开后可能危及公共安全，正文不予公开。）'],
  },
]
