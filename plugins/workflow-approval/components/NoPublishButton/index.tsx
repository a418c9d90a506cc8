/**
 * Takes the place of Payload's Publish and Unpublish buttons (and the schedule-publish menu in them) on
 * workflow-controlled collections: only the final approval publishes, so no role is offered a button
 * that would be refused anyway. The workflow actions sit beside the document controls instead.
 */
export const NoPublishButton = () => null
