import { describe, expect, it } from 'vitest'

import { parseSearchParams } from './params'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('parseSearchParams', () => {
  it('should read every filter', () => {
    expect(parse('q=公开&institution=3&theme=4&genre=5&year=2011&validity=valid&page=2')).toEqual({
      params: { q: '公开', institution: 3, theme: 4, genre: 5, year: 2011, validity: 'valid', page: 2 },
    })
  })

  it('should refuse a filter that is not an id, naming it', () => {
    expect(parse('institution=abc')).toMatchObject({ error: { field: 'institution' } })
    expect(parse('page=0')).toMatchObject({ error: { field: 'page' } })
  })

  it('should refuse a year that is not four digits and an unknown validity', () => {
    expect(parse('year=11')).toMatchObject({ error: { field: 'year' } })
    expect(parse('validity=forever')).toMatchObject({ error: { field: 'validity' } })
  })

  it('should refuse an overlong query with a bilingual message', () => {
    const result = parse(`q=${'公'.repeat(101)}`)
    expect(result).toMatchObject({ error: { field: 'q' } })
    expect('error' in result && result.error.message).toMatch(/检索词.* \/ the query/)
  })

  it('should treat a blank query as none', () => {
    expect(parse('q=%20%20')).toEqual({ params: {} })
  })
})
