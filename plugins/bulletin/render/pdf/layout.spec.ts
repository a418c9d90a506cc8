import { describe, expect, it } from 'vitest'

import { documentDate, footerText, leaderDots, runningSections, TEXT_WIDTH, wrapLines } from './layout'

describe('footerText', () => {
  it('should read 第 X 页 共 Y 页', () => {
    expect(footerText(3, 150)).toBe('第 3 页 共 150 页')
  })
})

describe('runningSections', () => {
  it('should carry a section over the pages it runs on, and switch on the page a section begins', () => {
    const sections = runningSections(
      6,
      [
        { page: 4, heading: '政府文件' },
        { page: 6, heading: '部门文件' },
      ],
      ['', '目录', '目录'],
    )
    expect(sections).toEqual(['', '目录', '目录', '政府文件', '政府文件', '部门文件'])
  })
})

describe('page geometry', () => {
  it('should keep the 156 mm text block of GB/T 9704', () => {
    expect(TEXT_WIDTH / (72 / 25.4)).toBeCloseTo(156, 0)
  })

  it('should date the document at the publication day in China time', () => {
    expect(documentDate('2026-03-05').toISOString()).toBe('2026-03-04T16:00:00.000Z')
  })
})

describe('wrapLines', () => {
  const measure = (text: string) => [...text].length * 10

  it('should break Chinese text by characters at the width', () => {
    expect(wrapLines('关于印发工作方案的通知', 40, measure)).toEqual(['关于印发', '工作方案', '的通知'])
  })

  it('should keep closing punctuation off the start of a line', () => {
    expect(wrapLines('关于印发，工作方案', 40, measure)).toEqual(['关于印发，', '工作方案'])
  })

  it('should give one empty line for empty text', () => {
    expect(wrapLines('', 40, measure)).toEqual([''])
  })
})

describe('leaderDots', () => {
  it('should fill the gap between the title and the page number, and never go negative', () => {
    expect(leaderDots({ from: 100, to: 200, dotWidth: 5, space: 5 })).toBe(18)
    expect(leaderDots({ from: 200, to: 190, dotWidth: 5, space: 5 })).toBe(0)
  })
})
