import type { ShapeError } from './inputShape'

import { bilingualMessage } from '../../src/lib/platform/labels'

/** The largest page a reader without a session may ask for; the portal's own pages ask for at most 50. */
export const ANONYMOUS_MAX_LIMIT = 100
/** The largest page a signed-in client may ask for (an editor's script, a headless frontend's service account). */
export const SIGNED_IN_MAX_LIMIT = 1000
/** How deep an anonymous read may populate relationships: a document, its references and theirs. */
export const ANONYMOUS_MAX_DEPTH = 2

type ListArgs = { limit?: unknown; pagination?: unknown; depth?: unknown }

/**
 * The errors of a list read that asks for more than one page may hold: `limit=0` and `pagination=false` (Payload:
 * every document at once), a limit above the bound, and for anonymous readers a depth above two. Refused with a
 * 400 rather than clamped, so a client that asked for everything learns it did not get everything.
 */
export const listBoundErrors = ({ limit, pagination, depth }: ListArgs, isSignedIn: boolean): ShapeError[] => {
  const maxLimit = isSignedIn ? SIGNED_IN_MAX_LIMIT : ANONYMOUS_MAX_LIMIT
  const errors: ShapeError[] = []
  if (pagination === false) {
    errors.push({
      path: 'pagination',
      message: bilingualMessage(
        `不能关闭分页，请用 limit（至多 ${maxLimit}）与 page 分页读取`,
        `pagination cannot be turned off: read page by page with limit (at most ${maxLimit}) and page`,
      ),
    })
  }
  if (limit !== undefined && limit !== null) {
    const value = Number(limit)
    if (!Number.isInteger(value) || value < 1 || value > maxLimit) {
      errors.push({
        path: 'limit',
        message: bilingualMessage(
          `每页条数 limit 应为 1 至 ${maxLimit} 的整数（limit=0 即“全部”，不被允许），请用 page 翻页`,
          `limit must be a whole number from 1 to ${maxLimit} (limit=0, "all", is not allowed): use page to read further`,
        ),
      })
    }
  }
  if (!isSignedIn && depth !== undefined && depth !== null && Number(depth) > ANONYMOUS_MAX_DEPTH) {
    errors.push({
      path: 'depth',
      message: bilingualMessage(
        `未登录的读取 depth 至多为 ${ANONYMOUS_MAX_DEPTH}`,
        `depth is at most ${ANONYMOUS_MAX_DEPTH} for reads without a session`,
      ),
    })
  }
  return errors
}
