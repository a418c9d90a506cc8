import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { INVALIDATIONS_CHANNEL } from './channel'
import { poolOf } from '../../../src/lib/database/transaction'

/**
 * Logs the tags in `portal_invalidations` and NOTIFYs every listening app instance, in one statement
 * of its own (autocommit): it runs after the publishing transaction committed, so no instance can
 * re-read the old data once it hears of the change. Works from any process with the database (seed,
 * CLI, tests' Local API): no instance address to configure.
 */
export const announceInvalidation = async (payload: Payload, tags: string[]): Promise<void> => {
  await poolOf(payload).execute(sql`
    WITH added AS (INSERT INTO portal_invalidations (tags) VALUES (${JSON.stringify(tags)}::jsonb) RETURNING id, tags)
    SELECT pg_notify(${INVALIDATIONS_CHANNEL}, CASE WHEN length(tags::text) < 7000
      THEN json_build_object('id', id, 'tags', tags)::text ELSE json_build_object('id', id)::text END) FROM added`)
}
