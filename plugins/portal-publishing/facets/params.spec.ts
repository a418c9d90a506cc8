import { describe, expect, it } from 'vitest'

import { parseFacetParams } from './params'

const parse = (query: string) => parseFacetParams(new URLSearchParams(query))

describe('parseFacetParams', () => {
  it('should read every filter, ignoring empty and unknown parameters', () => {
    expect(parse('institution=12&theme=3&genre=7&year=2024&validity=expired&utm_source=x&q=')).toEqual({
      filter: { institution: 12, theme: 3, genre: 7, year: 2024, validity: 'expired' },
    })
    expect(parse('theme=&year=')).toEqual({ filter: {} })
  })

  it('should refuse a malformed filter by name', () => {
    for (const [query, field] of [
      ['institution=1.5', 'institution'],
      ['theme=-1', 'theme'],
      ['genre=abc', 'genre'],
      ['year=999', 'year'],
      ['year=0999', 'year'],
      ['year=20245', 'year'],
      ['validity=VALID', 'validity'],
    ]) {
      const parsed = parse(query!)
      expect('error' in parsed && parsed.error.field, query).toBe(field)
    }
  })
})
