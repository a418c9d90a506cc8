import { describe, expect, it } from 'vitest'

import { say, statusWords, textOf, words } from './labels'

describe('the bulletin tools’ words', () => {
  it('should speak the admin’s language, one language at a time', () => {
    expect(say('exportPdf', 'zh')).toBe('导出 PDF')
    expect(say('exportPdf', 'en')).toBe('Export PDF')
    // No English in the Chinese words but the formats' names and placeholders, and no Chinese in the English ones.
    for (const text of Object.values(words)) {
      expect(text.zh.replace(/PDF|DOCX|\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/)
      expect(text.en).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('should fill in the page line', () => {
    expect(say('pageOf', 'zh', { page: 2, pages: 5, total: 43 })).toBe('第 2 / 5 页，共 43 条')
    expect(say('pageOf', 'en', { page: 2, pages: 5, total: 43 })).toBe('Page 2 of 5, 43 in all')
  })

  it('should label export states, and show an unknown one as it is', () => {
    expect(textOf(statusWords.running, 'zh')).toBe('生成中')
    expect(textOf(statusWords.unknown, 'zh', 'unknown')).toBe('unknown')
  })
})
