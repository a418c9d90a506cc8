import { bilingualMessage } from '../platform/labels'

/** Query parameters Payload's REST handler reads with a bare `JSON.parse` when sent as one string. */
const JSON_PARAMS = ['where', 'data'] as const

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The field errors for `?where=…` or `?data=…` given as a string that is not JSON, or none. Payload would
 * throw a SyntaxError inside its handler (a 500, before any hook); the bracket form `where[title][equals]=x`
 * is a different parameter and is left to Payload.
 */
export const malformedJsonParams = (searchParams: URLSearchParams): Array<{ path: string; message: string }> =>
  JSON_PARAMS.flatMap((name) => {
    const value = searchParams.get(name)
    if (value === null || value === '' || isJson(value)) return []
    return [
      {
        path: name,
        message: bilingualMessage(
          `查询参数 ${name} 应为 JSON 或 ${name}[字段][运算符]=值 的形式`,
          `${name} must be JSON, or written as ${name}[field][operator]=value`,
        ),
      },
    ]
  })

/** A 400 in Payload's error shape (`errors[0].data.errors[{ path, message }]`), so clients read one format. */
export const malformedQueryResponse = (errors: Array<{ path: string; message: string }>) =>
  Response.json(
    { errors: [{ message: errors.map(({ message }) => message).join('; '), data: { errors } }] },
    { status: 400 },
  )
