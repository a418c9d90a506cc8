import type { ItemDefinition } from './types'

import { institutionDefinition } from '../institutions'
import { officials } from '../officials'

type Decision = { name: string; posts: string[]; action: 'appointed' | 'removed'; date: string; isDraft: boolean }

/** 人事任免: one notice per 扎政任 document number, built from the officials' appointment records. */
export const appointmentNotices = (): ItemDefinition[] => {
  const byNumber = new Map<string, Decision[]>()
  for (const official of officials) {
    for (const [action, post, date, documentNumber] of official.appointments) {
      // 扎人常任 decisions are the people's congress's, not the government's; the catalogue starts in 2009.
      if (!documentNumber?.startsWith('扎政任') || date < '2009') continue
      const fullPost = post.startsWith('扎兰屯市') ? post : `${institutionDefinition(official.institution).name}${post}`
      const decisions = byNumber.get(documentNumber) ?? []
      const same = decisions.find((decision) => decision.name === official.name && decision.action === action)
      if (same) same.posts.push(fullPost)
      else decisions.push({ name: official.name, posts: [fullPost], action, date, isDraft: official.isDraft === true })
      byNumber.set(documentNumber, decisions)
    }
  }
  return [...byNumber].map(([documentNumber, decisions]) => ({
    title: `扎兰屯市人民政府关于${decisions[0]!.name}${decisions.length > 1 ? '等' : ''}同志职务任免的通知`,
    institution: '市政府',
    date: decisions[0]!.date,
    documentNumber,
    theme: '劳动、人事、监察',
    genre: '通知',
    keywords: ['人事任免', ...decisions.map(({ name }) => name)],
    isDraft: decisions.every(({ isDraft }) => isDraft),
    paragraphs: [
      '各乡镇人民政府、街道办事处，市政府各部门：',
      '经市人民政府研究决定：',
      ...decisions.map(
        ({ name, posts, action }) =>
          `${action === 'appointed' ? '任命' : '免去'}${name}${action === 'appointed' ? '为' : ''}${posts.join('、')}${action === 'removed' ? '职务' : ''}。`,
      ),
    ],
  }))
}
