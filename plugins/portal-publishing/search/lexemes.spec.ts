import { describe, expect, it } from 'vitest'

import { boostTsquery, documentLexemes, exactKey, queryTerms, requiredTsquery } from './lexemes'

describe('documentLexemes', () => {
  it('should cut Han runs into overlapping bigrams', () => {
    const lexemes = documentLexemes('政府信息公开')
    expect(lexemes).toEqual(expect.arrayContaining(['政府', '府信', '信息', '息公', '公开']))
  })

  it('should keep Latin words and digits lower-cased, full-width ones half-width', () => {
    expect(documentLexemes('ＡＰＩ 接口 2011 Gongkai')).toEqual(
      expect.arrayContaining(['api', '2011', 'gongkai', '接口']),
    )
  })

  it('should keep a lone Han character as itself', () => {
    expect(documentLexemes('第 1 号')).toEqual(expect.arrayContaining(['第', '1', '号']))
  })

  it('should not repeat a lexeme', () => {
    const lexemes = documentLexemes('公开公开公开')
    expect(lexemes.length).toBe(new Set(lexemes).size)
  })
})

describe('queryTerms', () => {
  it('should require the one bigram of a two-character query', () => {
    expect(queryTerms('公开').required).toEqual(['公开'])
  })

  it('should require the bigrams of each Han run and whole Latin words, the last one by prefix', () => {
    const terms = queryTerms('政务 API接口')
    expect(terms.required).toEqual(['政务', 'api', '接口'])
    expect(terms.prefixes).toEqual([])
    expect(terms.highlights).toEqual(['政务', '接口', 'api'])
    expect(queryTerms('接口 ap')).toMatchObject({ required: ['接口'], prefixes: ['ap'] })
  })

  it('should ask a 文号 for whole lexemes only: its numbers are complete and 号 is their unit', () => {
    expect(requiredTsquery(queryTerms('扎档发〔2022〕219号'))).toBe("'扎档' & '档发' & '2022' & '219'")
    expect(queryTerms('扎档发〔2022〕219号').highlights).toEqual(['扎档发', '号', '2022', '219'])
    // Apart from a number, a lone character is still matched by prefix.
    expect(requiredTsquery(queryTerms('2022 年'))).toBe("'2022' & '年':*")
  })

  it('should match a single Han character by prefix', () => {
    expect(requiredTsquery(queryTerms('税'))).toBe("'税':*")
  })

  it('should have no query for punctuation only', () => {
    expect(requiredTsquery(queryTerms('，。！ ?'))).toBeNull()
  })

  it('should join required operands with AND', () => {
    expect(requiredTsquery(queryTerms('信息公开'))).toBe("'信息' & '息公' & '公开'")
  })

  it('should offer whole words of three or more characters as optional boosts', () => {
    const boost = boostTsquery(queryTerms('扎兰屯市人民政府'))
    expect(boost === null || !boost.includes('&')).toBe(true)
  })
})

describe('exactKey', () => {
  it('should read the usual ways of typing a document number as the same', () => {
    expect(exactKey('扎政发[2011] 12号')).toBe(exactKey('扎政发〔2011〕12号'))
    expect(exactKey('扎政发（2011）12号')).toBe(exactKey('扎政发〔2011〕12号'))
  })

  it('should read an index number regardless of case and spacing', () => {
    expect(exactKey(' 11441700007280420y/2021-00050 ')).toBe(exactKey('11441700007280420Y/2021-00050'))
  })
})
