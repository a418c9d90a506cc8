/**
 * These suites test the collections' own rules (fields, validation, relationships) through every door,
 * publishing directly as they go. With the workflow-approval plugin on, every direct publish is refused
 * (403) before validation runs, so they run with it disabled, its schema kept, in their own processes
 * (vitest forks one per file). The doors to publication are tested in tests/int/workflow-approval; the
 * catalogue-numbering suites that exercise its guard through REST and GraphQL use this too.
 * Import this first, before anything loads the Payload config.
 */
process.env.WORKFLOW_APPROVAL_DISABLED = 'true'
