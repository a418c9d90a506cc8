/**
 * The working-day arithmetic moved to the shared kernel (src/lib/platform/workingDays.ts) so that other
 * plugins (disclosure-requests' reply deadlines) use it without importing this plugin. Re-exported here so
 * the workflow's own imports keep working.
 */
export * from '../../src/lib/platform/workingDays'
