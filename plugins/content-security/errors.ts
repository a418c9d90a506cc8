import { APIError } from 'payload'

/** A refused content-security request: its status, a bilingual message and the field it names, shown as is. */
export class ContentSecurityError extends APIError {
  readonly field?: string
  constructor({ status, message, field }: { status: 400 | 401 | 403 | 404 | 409; message: string; field?: string }) {
    super(message, status, field ? { errors: [{ path: field, message }] } : undefined, true)
    // Named here, not by the class (a minified build renames classes).
    this.name = 'ContentSecurityError'
    this.field = field
  }
}
