import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing. The site-settings and workflow-events on-behalf-of migrations were written on parallel
 * branches, each against a schema snapshot without the other; `migrate:create` diffs against the latest
 * snapshot, so this one carries the merged schema (its .json) for the next migration to start from. Its
 * generated SQL would have added `workflow_events.on_behalf_of` a second time.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
