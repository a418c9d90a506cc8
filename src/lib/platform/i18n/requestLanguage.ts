import type { PayloadRequest } from 'payload'

import { extractHeaderLanguage } from '@payloadcms/translations'
import { parseCookies } from 'payload/shared'

import type { MessageLanguage } from './messages'

const isMessageLanguage = (language: unknown): language is MessageLanguage => language === 'zh' || language === 'en'

/**
 * The language the client asked for, as Payload's i18n resolved it (`req.i18n.language`), or null when it asked
 * for none: no language cookie (the admin's, `payload-lng`) and no Accept-Language that names a supported
 * language. Payload answers those in its fallback language; our own messages then go out in both.
 */
export const askedLanguage = (
  req: Pick<PayloadRequest, 'headers' | 'i18n' | 'payload'> | undefined | null,
): MessageLanguage | null => {
  if (!req?.headers) return null
  const config = req.payload?.config
  const supported = Object.keys(config?.i18n?.supportedLanguages ?? { zh: true, en: true })
  const cookie = parseCookies(req.headers).get(`${config?.cookiePrefix || 'payload'}-lng`)
  const header = req.headers.get('accept-language')
  const fromHeader = header ? extractHeaderLanguage(header) : undefined
  const hasAsked =
    (cookie != null && supported.includes(cookie)) || (fromHeader != null && supported.includes(fromHeader))
  if (!hasAsked) return null
  const language = req.i18n?.language ?? cookie ?? fromHeader
  return isMessageLanguage(language) ? language : null
}
