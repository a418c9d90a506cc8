import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { poolOf } from '../../../src/lib/platform/database/transaction'
import { INVALIDATIONS_CHANNEL, THIS_PROCESS } from './channel'

/**
 * Logs the tags in `portal_invalidations` and NOTIFYs every listening app instance, in one statement
 * of its own (autocommit): it runs after the publishing transaction committed, so no instance can
 * re-read the old data once it hears of the change. Works from any process with the database (seed,
 * CLI, tests' Local API): no instance address to configure. `isAppliedHere`: the announcing process has
 * already dropped the tags from its own caches, so its listener need not do it again (a loopback request).
 */
export const announceInvalidation = async (
  payload: Payload,
  tags: string[],
  { isAppliedHere = false }: { isAppliedHere?: boolean } = {},
): Promise<void> => {
  const appliedBy = isAppliedHere ? THIS_PROCESS : null
  await poolOf(payload).execute(sql`
    WITH added AS (INSERT INTO portal_invalidations (tags) VALUES (${JSON.stringify(tags)}::jsonb) RETURNING id, tags)
    SELECT pg_notify(${INVALIDATIONS_CHANNEL}, json_strip_nulls(CASE WHEN length(tags::text) < 7000
      THEN json_build_object('id', id, 'tags', tags, 'appliedBy', ${appliedBy}::text)
      ELSE json_build_object('id', id, 'appliedBy', ${appliedBy}::text) END)::text) FROM added`)
}
