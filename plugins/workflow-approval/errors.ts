import { APIError } from 'payload'

/** A refused workflow write or action: 403 with a bilingual message, shown to the client as is. */
export class WorkflowForbidden extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
    this.name = 'Forbidden'
  }
}

/** A workflow action that cannot be taken as asked: 400 (bad data) or 409 (the document moved on). */
export class WorkflowActionError extends APIError {
  readonly field?: string
  constructor({ status, message, field }: { status: 400 | 403 | 404 | 409; message: string; field?: string }) {
    super(message, status, field ? { errors: [{ path: field, message }] } : undefined, true)
    // Named here, not by the class (a minified build renames classes): the config logs it as a refusal.
    this.name = 'WorkflowActionError'
    this.field = field
  }
}
