import type { Payload } from 'payload'

import pg from 'pg'

import type { InvalidationNotice } from './channel'

import { INVALIDATIONS_CHANNEL, INVALIDATIONS_KEPT_FOR } from './channel'

/**
 * How the listener's connection shows in `pg_stat_activity` (operators, the reconnection and shutdown tests):
 * this prefix, a colon and the process id, so one instance's listener can be told from another's.
 */
export const LISTENER_APPLICATION_NAME = 'gongkai-invalidations'

/** Ids applied lately, remembered so a catch-up after a reconnect applies each missed row once. */
const RECENT_IDS = 1000
const PRUNE_EVERY_MS = 10 * 60_000

export type InvalidationListenerOptions = {
  /** The primary's connection settings (NOTIFY is not delivered on replicas). */
  connection: pg.ClientConfig
  /** Applies one batch of tags to this instance's caches. */
  apply: (tags: string[]) => Promise<void>
  logger: Payload['logger']
  /** Wait before reconnecting after a lost or refused connection. @default 1000 */
  retryMs?: number
  /**
   * On the first connection, apply what was logged this many seconds before: what happened while the
   * process started (before it listened), or while it was down, may be in a cache kept on disk. @default 0
   */
  catchUpSeconds?: number
  /** Notices this process says it has applied already (its own announcements) are not applied again. */
  skipAppliedBy?: string
}

export type InvalidationListener = {
  /** Resolves once the listener is connected and caught up (again, after a reconnection). */
  connected: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * One LISTEN connection of its own (a pooled one would be handed to queries, and NOTIFY is delivered
 * only to the session that listens). Every notified invalidation is applied in order; a lost
 * connection is reopened, and what was logged meanwhile is read back from the table by id, so no
 * invalidation is lost across a restart of PostgreSQL, a failover or a killed backend.
 */
export const createInvalidationListener = ({
  connection,
  apply,
  logger,
  retryMs = 1000,
  catchUpSeconds = 0,
  skipAppliedBy,
}: InvalidationListenerOptions): InvalidationListener => {
  let client: pg.Client | undefined
  // The connection being opened: stop() closes it too, so a shutdown during a reconnection leaves nothing open.
  let connecting: pg.Client | undefined
  let isStopped = false
  let retryTimer: NodeJS.Timeout | undefined
  // Rows at or below `floor` are applied or older than this listener; above it, `recent` says which were.
  let floor: number | undefined
  const recent = new Set<number>()
  let work: Promise<void> = Promise.resolve()
  let waiting: Array<() => void> = []
  const dropped = new WeakSet<pg.Client>()

  const enqueue = (task: () => Promise<void>) => {
    work = work
      .then(task)
      .catch((err: unknown) => logger.error({ msg: 'portal invalidation could not be applied', err }))
    return work
  }

  const remember = (id: number) => {
    recent.add(id)
    for (const oldest of recent) {
      if (recent.size <= RECENT_IDS) break
      recent.delete(oldest)
      floor = Math.max(floor ?? 0, oldest)
    }
  }

  const onNotice = (from: pg.Client, notice: InvalidationNotice) =>
    enqueue(async () => {
      if (recent.has(notice.id)) return
      const tags =
        notice.tags ??
        (await from.query<{ tags: string[] }>('SELECT tags FROM portal_invalidations WHERE id = $1', [notice.id]))
          .rows[0]?.tags ??
        []
      remember(notice.id)
      const isAppliedAlready = skipAppliedBy !== undefined && notice.appliedBy === skipAppliedBy
      if (tags.length > 0 && !isAppliedAlready) await apply(tags)
    })

  // Rows committed while disconnected (or just before a late commit of a lower id): applied as one batch.
  const catchUp = async (from: pg.Client) => {
    if (floor === undefined) {
      const { rows: last } = await from.query<{ max: string | null }>('SELECT max(id) AS max FROM portal_invalidations')
      const { rows: lately } = await from.query<{ id: string; tags: string[] }>(
        'SELECT id, tags FROM portal_invalidations WHERE created_at > now() - make_interval(secs => $1) ORDER BY id',
        [catchUpSeconds],
      )
      floor = Number(last[0]?.max ?? 0)
      return applyRows(lately)
    }
    const { rows } = await from.query<{ id: string; tags: string[] }>(
      'SELECT id, tags FROM portal_invalidations WHERE id > $1 ORDER BY id',
      [floor],
    )
    await applyRows(rows)
  }

  const applyRows = async (rows: Array<{ id: string; tags: string[] }>) => {
    const missed = rows.filter((row) => !recent.has(Number(row.id)))
    for (const row of missed) remember(Number(row.id))
    const tags = [...new Set(missed.flatMap((row) => row.tags))]
    if (tags.length > 0) await apply(tags)
  }

  const prune = (from: pg.Client) =>
    from
      .query(`DELETE FROM portal_invalidations WHERE created_at < now() - interval '${INVALIDATIONS_KEPT_FOR}'`)
      .catch((err: unknown) => logger.warn({ msg: 'pruning portal invalidations failed', err }))
  const pruneTimer = setInterval(() => client && void prune(client), PRUNE_EVERY_MS)
  pruneTimer.unref()

  const drop = (lost: pg.Client, err?: unknown) => {
    if (dropped.has(lost)) return
    dropped.add(lost)
    if (client === lost) client = undefined
    lost.removeAllListeners('notification')
    void lost.end().catch(() => undefined)
    if (isStopped) return
    logger.warn({ msg: `portal invalidation listener disconnected; reconnecting in ${retryMs} ms`, err })
    retryTimer = setTimeout(() => void connect(), retryMs)
  }

  const connect = async () => {
    retryTimer = undefined
    if (isStopped) return
    const next = new pg.Client({ ...connection, application_name: `${LISTENER_APPLICATION_NAME}:${process.pid}` })
    connecting = next
    next.on('error', (err) => drop(next, err))
    next.on('end', () => drop(next))
    next.on('notification', (message) => {
      if (message.channel !== INVALIDATIONS_CHANNEL || !message.payload) return
      void onNotice(next, JSON.parse(message.payload) as InvalidationNotice)
    })
    try {
      await next.connect()
      // LISTEN before catching up: a row committed in between is both notified and read, and applied once.
      await next.query(`LISTEN ${INVALIDATIONS_CHANNEL}`)
      await enqueue(() => catchUp(next))
      if (dropped.has(next)) return
      connecting = undefined
      client = next
      await prune(next)
      const resolved = waiting
      waiting = []
      for (const resolve of resolved) resolve()
    } catch (err) {
      drop(next, err)
    }
  }

  void connect()

  return {
    connected: () => (client ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    stop: async () => {
      isStopped = true
      clearInterval(pruneTimer)
      clearTimeout(retryTimer)
      const open = [client, connecting].filter((candidate): candidate is pg.Client => candidate !== undefined)
      client = undefined
      connecting = undefined
      for (const candidate of open) {
        dropped.add(candidate)
        await candidate.end().catch(() => undefined)
      }
      await work
    },
  }
}
