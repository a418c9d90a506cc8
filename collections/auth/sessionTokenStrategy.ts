import type { AuthStrategy, AuthStrategyFunctionArgs, AuthStrategyResult } from 'payload'

import { slugs } from '../slugs'
import { readSessionUser } from './readSessionUser'
import { verifySessionToken } from './verifySessionToken'

const HEADER_PREFIXES = { JWT: 'JWT ', Bearer: 'Bearer ' } as const

/**
 * The token of an `Authorization: JWT …` or `Bearer …` header, in the order Payload extracts them
 * (`auth.jwtOrder`). Undefined when the session cookie would be taken first: the cookie's CSRF rules
 * stay with Payload's own strategy.
 */
const headerTokenOf = ({ headers, payload }: Pick<AuthStrategyFunctionArgs, 'headers' | 'payload'>) => {
  const authorization = headers.get('Authorization')
  for (const method of payload.config.auth.jwtOrder) {
    if (method === 'cookie') {
      if ((headers.get('cookie') ?? '').includes(`${payload.config.cookiePrefix}-token=`)) return undefined
      continue
    }
    const prefix = HEADER_PREFIXES[method]
    if (authorization?.startsWith(prefix)) return authorization.slice(prefix.length)
  }
  return undefined
}

/** Only for the configuration the lean read reproduces; anything else goes to Payload's strategy. */
const isReproducible = (args: Pick<AuthStrategyFunctionArgs, 'payload'>) => {
  const auth = args.payload.collections[slugs.users]?.config.auth
  return Boolean(auth && !auth.disableLocalStrategy && auth.useSessions && !auth.verify && auth.depth === 0)
}

const NOT_HANDLED: AuthStrategyResult = { user: null }

/**
 * Payload's local JWT strategy for staff sessions presented in a header, with a leaner read of the
 * user: the same token check, the same session check, the same user document, per request and
 * uncached. It runs before Payload's (custom strategies come first) and only ever accepts what
 * Payload's accepts; whatever it does not handle (cookies, other collections, invalid tokens, an
 * unknown session) it leaves to Payload's, which then decides as before.
 */
export const sessionTokenStrategy: AuthStrategy = {
  name: 'users-session-token',
  authenticate: async (args) => {
    if (!isReproducible(args)) return NOT_HANDLED
    const token = headerTokenOf(args)
    if (!token) return NOT_HANDLED
    const claims = verifySessionToken(token, args.payload.secret)
    if (!claims || claims.collection !== slugs.users) return NOT_HANDLED
    if (typeof claims.id !== 'number' || !Number.isSafeInteger(claims.id)) return NOT_HANDLED
    const user = await readSessionUser(args.payload, claims.id)
    if (!user?.sessions?.some((session) => session.id === claims.sid)) return NOT_HANDLED
    // Named as Payload's strategy: `/me` and `refresh` report it, and this is that strategy, read leaner.
    return { user: { ...user, _strategy: 'local-jwt', _sid: claims.sid } }
  },
}
