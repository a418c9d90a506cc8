import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { checkWhereOperands } from './whereOperands'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'order', type: 'number' },
  { name: 'institution', type: 'relationship', relationTo: 'institutions' },
  { name: 'related', type: 'relationship', relationTo: ['policies'] },
] as unknown as FlattenedField[]

const pathsOf = (where: unknown) => checkWhereOperands(fields, where).map((error) => error.path)

describe('checkWhereOperands', () => {
  it('should accept ids, numbers, nulls and fields it does not judge', () => {
    expect(
      pathsOf({
        id: { in: '1,2' },
        institution: { equals: '3', exists: 'true' },
        order: { greater_than: '1.5' },
        title: { like: 'abc' },
        related: { equals: 'abc' },
        'institution.name': { equals: 'abc' },
        parent: { equals: null },
      }),
    ).toEqual([])
  })

  it.each([
    [{ institution: { equals: 'abc' } }, 'where.institution.equals'],
    [{ id: { in: '1,abc' } }, 'where.id.in'],
    [{ id: { not_in: [1, 1.5] } }, 'where.id.not_in'],
    [{ id: { equals: '123456789012345678901234567890' } }, 'where.id.equals'],
    [{ order: { less_than: 'ten' } }, 'where.order.less_than'],
    [{ 'version.institution': { equals: 'abc' } }, 'where.version.institution.equals'],
    [{ parent: { equals: 'abc' } }, 'where.parent.equals'],
    [
      { or: [{ title: { equals: 'x' } }, { and: [{ institution: { in: ['x'] } }] }] },
      'where.or.1.and.0.institution.in',
    ],
  ])('should refuse %j naming %s', (where, path) => {
    expect(pathsOf(where)).toEqual([path])
  })
})
