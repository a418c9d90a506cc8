import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { relationId } from '../../src/lib/platform/ids'
import { checkInputShape } from './inputShape'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'keywords', type: 'text', hasMany: true },
  { name: 'order', type: 'number' },
  { name: 'isPublic', type: 'checkbox' },
  { name: 'dateMade', type: 'date' },
  { name: 'kind', type: 'select', options: [{ value: 'theme', label: 'Theme' }, 'genre'] },
  { name: 'institution', type: 'relationship', relationTo: 'institutions' },
  { name: 'related', type: 'relationship', relationTo: ['policies', 'disclosure-items'], hasMany: true },
  { name: 'body', type: 'richText' },
  { name: 'limit', type: 'group', flattenedFields: [{ name: 'workingDays', type: 'number' }] },
  { name: 'materials', type: 'array', flattenedFields: [{ name: 'name', type: 'text' }] },
] as unknown as FlattenedField[]

const pathsOf = (data: unknown) => checkInputShape(fields, data).errors.map((error) => error.path)

describe('checkInputShape', () => {
  it('should take an array the admin sends as 0 (no rows) or null as empty, and refuse other non-lists', () => {
    expect(pathsOf({ materials: 0 })).toEqual([])
    expect(pathsOf({ materials: null })).toEqual([])
    expect(pathsOf({ materials: 1 })).toEqual(['materials'])
    expect(pathsOf({ materials: 'rows' })).toEqual(['materials'])
  })

  it('should accept well-formed values, populated documents and numeric strings', () => {
    const check = checkInputShape(fields, {
      title: '标题',
      keywords: ['a'],
      order: '3',
      isPublic: false,
      dateMade: '2024-01-31',
      kind: 'genre',
      institution: { id: 5, name: '局' },
      related: [{ relationTo: 'policies', value: '7' }],
      body: { root: { type: 'root', children: [] } },
      limit: { workingDays: 20 },
      materials: [{ name: '申请书' }],
      unknown: { anything: true },
    })
    expect(check.errors).toEqual([])
    expect(check.references).toEqual([
      { path: 'institution', collection: 'institutions', id: 5 },
      { path: 'related', collection: 'policies', id: 7 },
    ])
  })

  it('should accept null for any field', () => {
    expect(pathsOf(Object.fromEntries(fields.map((field) => [(field as { name: string }).name, null])))).toEqual([])
  })

  it.each([
    ['title', { a: 1 }],
    ['title', 42],
    ['keywords', 'a'],
    ['order', 'abc'],
    ['isPublic', 'yes'],
    ['dateMade', '2024-13-45'],
    ['dateMade', 'yesterday'],
    ['kind', 'bogus'],
    ['kind', 7],
    ['institution', 'abc'],
    ['institution', 1.5],
    ['institution', [1]],
    ['institution', 3_000_000_000],
    ['related', [{ relationTo: 'users', value: 1 }]],
    ['related', [1]],
    ['body', '正文'],
    ['limit', 'x'],
  ])('should name %s given %j', (path, value) => {
    expect(pathsOf({ [path]: value })).toEqual([path])
  })

  it('should name nested paths', () => {
    expect(pathsOf({ limit: { workingDays: 'abc' }, materials: [{ name: 'ok' }, { name: {} }, 'x'] })).toEqual([
      'limit.workingDays',
      'materials.1.name',
      'materials.2',
    ])
  })

  it.each([null, [], 'text', 42])('should refuse a body that is %j', (data) => {
    expect(pathsOf(data)).toEqual(['data'])
  })

  it('should read ids as clients send them', () => {
    expect([
      relationId(3),
      relationId('3'),
      relationId({ id: 3 }),
      relationId('abc'),
      relationId(0),
      relationId(-1),
      relationId('1.5'),
    ]).toEqual([3, 3, 3, null, null, null, null])
  })

  it('should refuse dates PostgreSQL refuses though Date.parse takes them', () => {
    for (const date of ['2024-02-30', '1', '275760-09-13', '2024-01-01 junk', '0000-01-01', '2024-01-01T24:00'])
      expect(pathsOf({ dateMade: date }), date).toEqual(['dateMade'])
    for (const date of ['2024-02-29', '2024-01-31T16:00:00.000Z', '2024-01-31T08:00:00+08:00', '2024-01-31 08:00'])
      expect(pathsOf({ dateMade: date }), date).toEqual([])
  })

  it("should refuse rich text whose tree is not the editor's, without recursing", () => {
    const text = (value: unknown) => ({ type: 'text', text: value })
    for (const root of [
      { children: [] },
      { type: 'root', children: 'abc' },
      { type: 'root', children: [1] },
      { type: 'root', children: [{ type: 'paragraph', children: { a: 1 } }] },
      { type: 'root', children: [{ type: 'paragraph', children: [text(5)] }] },
    ])
      expect(pathsOf({ body: { root } }), JSON.stringify(root)).toEqual(['body'])
    let node: unknown = text('x')
    for (let i = 0; i < 50_000; i++) node = { type: 'paragraph', children: [node] }
    expect(pathsOf({ body: { root: { type: 'root', children: [node] } } })).toEqual([])
  })
})
