import { APIError } from 'payload'

/** A refused report request: its status, a bilingual message and the parameter it names. */
export class TimelinessError extends APIError {
  readonly field?: string
  constructor({ status, message, field }: { status: 400 | 401 | 403; message: string; field?: string }) {
    super(message, status, field ? { errors: [{ path: field, message }] } : undefined, true)
    // Named here, not by the class (a minified build renames classes).
    this.name = 'TimelinessError'
    this.field = field
  }
}
