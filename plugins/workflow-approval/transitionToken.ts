/**
 * Marks the plugin's own writes. An object made here cannot be built elsewhere (HTTP cannot set
 * `req.context` anyway; this also keeps other server code from passing as a workflow action).
 */
const token = Object.freeze({ workflowTransition: true })

export const transitionToken = () => token

export const isTransition = (value: unknown): boolean => value === token
