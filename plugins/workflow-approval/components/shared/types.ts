/** The error body of Payload's REST answers, as far as the admin components read it. */
export type ApiErrorBody = { errors?: Array<{ message?: string }> }
