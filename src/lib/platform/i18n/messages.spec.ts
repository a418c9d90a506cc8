import { describe, expect, it } from 'vitest'

import { bilingualMessage, localizeMessage } from './messages'

describe('bilingual messages', () => {
  it('should read as 「中文 / English」 where no language is asked', () => {
    const message = bilingualMessage('应为文本', 'must be text')
    expect(message).toBe('应为文本 / must be text')
    expect(localizeMessage(message, null)).toBe(message)
  })

  it('should give the half of the asked language', () => {
    const message = bilingualMessage('只能是 公开 / 免于公开', 'must be one of public / exempt')
    expect(localizeMessage(message, 'zh')).toBe('只能是 公开 / 免于公开')
    expect(localizeMessage(message, 'en')).toBe('must be one of public / exempt')
  })

  it('should replace declared messages quoted in a longer text', () => {
    const first = bilingualMessage('第一条', 'first')
    const second = bilingualMessage('第二条', 'second')
    expect(localizeMessage(`${first}; ${second}`, 'en')).toBe('first; second')
  })

  it('should leave any other text as it is', () => {
    expect(localizeMessage('以下字段无效：标题', 'en')).toBe('以下字段无效：标题')
    expect(localizeMessage('a / b', 'zh')).toBe('a / b')
  })
})
