/** One session as Payload keeps it in an auth collection's `sessions` array (dates as the adapter returns them). */
export type StoredSession = { id: string; createdAt?: Date | null | string; expiresAt: Date | string }

/** What a request last read of a user's sessions: each session's expiry by id. */
export type SessionsRead = ReadonlyMap<string, number>

const timeOf = (date: Date | string): number => new Date(date).getTime()

/** The sessions a request read, remembered by value: Payload changes the objects it read before writing them. */
export const sessionsRead = (sessions: readonly StoredSession[]): SessionsRead =>
  new Map(sessions.map((session) => [session.id, timeOf(session.expiresAt)]))

/**
 * The sessions to store when a request that read `read` writes `written` while the database holds `stored`
 * (read again under the user's row lock). Payload writes the whole array from what it read earlier; only what
 * this request changed is applied, so what others changed in between stays:
 * - a session it read and no longer writes is ended (logout, password change), even if others kept it;
 * - a session it writes that it never read is new (login) and is added;
 * - a later expiry it writes is a refresh; a session someone else ended stays ended;
 * - expired sessions go.
 */
export const mergeSessions = ({
  stored,
  read,
  written,
  now = Date.now(),
}: {
  stored: readonly StoredSession[]
  read: SessionsRead
  written: readonly StoredSession[]
  now?: number
}): StoredSession[] => {
  const writtenById = new Map(written.map((session) => [session.id, session]))
  const storedIds = new Set(stored.map((session) => session.id))
  const kept = stored
    .filter((session) => !read.has(session.id) || writtenById.has(session.id))
    .map((session) => {
      const mine = writtenById.get(session.id)
      return mine && timeOf(mine.expiresAt) > timeOf(session.expiresAt)
        ? { ...session, expiresAt: mine.expiresAt }
        : session
    })
  const added = written.filter((session) => !read.has(session.id) && !storedIds.has(session.id))
  return [...kept, ...added].filter((session) => timeOf(session.expiresAt) > now)
}
