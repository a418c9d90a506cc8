import { APIError } from 'payload'

export type RefusedField = { path: string; message: string }

/**
 * A 400 for input the platform refuses, in Payload's validation shape (`errors[0].data.errors[{ path, message }]`)
 * so clients read one format. Its own error name lets the config log it as the expected refusal it is (at info,
 * without a stack: `loggingLevels` in payload.config.ts), while an APIError stays an error.
 */
export class InputRefused extends APIError {
  constructor(errors: RefusedField[]) {
    super(errors.map((error) => `${error.path}: ${error.message}`).join('; '), 400, { errors }, true)
    this.name = 'InputRefused'
  }
}
