import { describe, expect, it } from 'vitest'

import { mergeSessions, sessionsRead, type StoredSession } from './mergeSessions'

const NOW = Date.parse('2026-12-02T00:00:00Z')
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString()
const session = (id: string, expiresInMinutes = 60): StoredSession => ({ id, expiresAt: at(expiresInMinutes) })
const ids = (sessions: StoredSession[]) => sessions.map(({ id }) => id)

describe('mergeSessions', () => {
  it('should keep a session another login added after this one read', () => {
    const read = sessionsRead([session('a')])
    const merged = mergeSessions({
      stored: [session('a'), session('other')],
      read,
      written: [session('a'), session('mine')],
      now: NOW,
    })
    expect(ids(merged)).toEqual(['a', 'other', 'mine'])
  })

  it('should end the session this request dropped and keep the ones it never saw', () => {
    const merged = mergeSessions({
      stored: [session('a'), session('b'), session('new')],
      read: sessionsRead([session('a'), session('b')]),
      written: [session('b')],
      now: NOW,
    })
    expect(ids(merged)).toEqual(['b', 'new'])
  })

  it('should not bring back a session someone else ended after this request read it', () => {
    const merged = mergeSessions({
      stored: [session('b')],
      read: sessionsRead([session('a'), session('b')]),
      written: [session('a', 120), session('b')],
      now: NOW,
    })
    expect(ids(merged)).toEqual(['b'])
  })

  it('should take a later expiry written by a refresh, never an earlier one', () => {
    const merged = mergeSessions({
      stored: [session('a', 90), session('b', 90)],
      read: sessionsRead([session('a', 60), session('b', 60)]),
      written: [session('a', 120), session('b', 30)],
      now: NOW,
    })
    expect(merged.map(({ expiresAt }) => expiresAt)).toEqual([at(120), at(90)])
  })

  it('should drop expired sessions', () => {
    const merged = mergeSessions({
      stored: [session('old', -1), session('a')],
      read: sessionsRead([session('a')]),
      written: [session('a'), session('mine')],
      now: NOW,
    })
    expect(ids(merged)).toEqual(['a', 'mine'])
  })
})
