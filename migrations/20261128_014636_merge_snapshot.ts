import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing. The bulletin, workflow-approval and portal-publishing migrations were written on
 * parallel branches, each against a schema snapshot without the others; `migrate:create` diffs against
 * the latest snapshot, so this one carries the merged schema (its .json) for the next migration to
 * start from. Its generated SQL would have created those plugins' tables a second time.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
