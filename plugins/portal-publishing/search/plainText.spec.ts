import { describe, expect, it } from 'vitest'

import { lexicalDocument } from '../../../src/lib/richText'
import { plainText } from './plainText'

describe('plainText', () => {
  it('should read the paragraphs of a Lexical document', () => {
    expect(plainText(lexicalDocument(['第一段', '第二段']))).toBe('第一段\n第二段')
  })

  it('should join a list of strings', () => {
    expect(plainText(['财政', '预算'])).toBe('财政 预算')
  })

  it('should read nothing from empty values', () => {
    expect(plainText(null)).toBe('')
  })
})
