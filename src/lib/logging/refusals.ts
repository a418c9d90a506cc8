import type { Config } from 'payload'
import type { LoggerOptions } from 'pino'

/**
 * Errors that are answers, not failures: a refused input, a missing document, a forbidden action, a wrong
 * password. Payload logs each error by its name at the level given here (`loggingLevels`), and at `info` it logs
 * the message alone, without a stack; anything not named here (a database error, a bug) stays at `error`.
 * Payload's own defaults (Forbidden, Locked, MissingFile, NotFound, ValidationError) are repeated for one list.
 */
export const refusalLoggingLevels = {
  AuthenticationError: 'info',
  Forbidden: 'info',
  InputRefused: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
  WorkflowActionError: 'info',
} as NonNullable<Config['loggingLevels']>

type Refusal = { message?: unknown; status?: unknown }

/** A client error status (4xx) of an error, or of the error a GraphQL error wraps. */
const refusalOf = (err: unknown): Refusal | undefined => {
  if (typeof err !== 'object' || err === null) return undefined
  const candidate = (err as { originalError?: unknown }).originalError ?? err
  const { status } = candidate as Refusal
  return typeof status === 'number' && status >= 400 && status < 500 ? (candidate as Refusal) : undefined
}

const ERROR_LEVEL = 50

/**
 * Payload's GraphQL handler logs the GraphQLError that wraps a refusal, by the wrapper's name, so
 * `loggingLevels` cannot tell a refused mutation from a failure there. This pino hook does: an error-level
 * entry whose `err` (or the error it wraps) carries a 4xx status goes out at info as its message alone.
 */
export const demoteRefusalsLoggedAsErrors: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (
  args,
  method,
  level,
) {
  const [first] = args as unknown[]
  const refusal = level >= ERROR_LEVEL ? refusalOf((first as { err?: unknown } | undefined)?.err) : undefined
  if (refusal) {
    this.info({ msg: String(refusal.message ?? 'refused') })
    return
  }
  method.apply(this, args as Parameters<typeof method>)
}
