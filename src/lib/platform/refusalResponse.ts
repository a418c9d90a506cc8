import { APIError } from 'payload'

/**
 * A custom endpoint's answer to what it threw: a refusal (an `APIError` below 500: a validation error, a
 * forbidden action) keeps its status and its fields' errors, in the one error shape of the API; anything else
 * is rethrown for Payload to log and answer as the server error it is.
 */
export const refusalResponse = (err: unknown): Response => {
  if (err instanceof APIError && err.status < 500) {
    return Response.json(
      { errors: [{ message: err.message, ...(err.data ? { data: err.data } : {}) }] },
      { status: err.status },
    )
  }
  throw err
}
