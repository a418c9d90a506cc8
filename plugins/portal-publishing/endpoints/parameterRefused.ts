/**
 * The 400 of a public read whose query parameter is malformed: the API's one error shape, naming the
 * parameter as a field is named, in both languages (the language plugin picks the reader's).
 */
export const parameterRefused = ({ field, message }: { field: string; message: string }): Response =>
  Response.json({ errors: [{ message, data: { errors: [{ path: field, message }] } }] }, { status: 400 })
