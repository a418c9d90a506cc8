/** The review chains shipped with the plugin, as data; payload.config.ts picks which collection follows which. */
export { bulletinWorkflow } from './bulletin'
export { defaultWorkflow } from './default'
export { policyWorkflow } from './policy'
export { shortWorkflow } from './short'
