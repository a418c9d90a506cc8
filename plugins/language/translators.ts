import type { I18n } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { initI18n } from '@payloadcms/translations'

import type { MessageLanguage } from '../../src/lib/platform/i18n/messages'

import { localizeMessage } from '../../src/lib/platform/i18n/messages'
import { askedLanguage } from '../../src/lib/platform/i18n/requestLanguage'
import { translateCoreMessage } from './coreMessages'

const cache = new WeakMap<object, Promise<Record<MessageLanguage, I18n>>>()

/** Payload's translators for both languages, made once per config: for clients that asked for no language. */
const bothTranslators = (req: PayloadRequest) => {
  const i18nConfig = req.payload.config.i18n
  let translators = cache.get(i18nConfig)
  if (!translators) {
    translators = Promise.all([
      initI18n({ config: i18nConfig, context: 'api', language: 'zh' }),
      initI18n({ config: i18nConfig, context: 'api', language: 'en' }),
    ]).then(([zh, en]) => ({ zh, en }))
    cache.set(i18nConfig, translators)
  }
  return translators
}

export type MessageLocalizer = (message: string, error?: unknown) => string

/**
 * How this request's messages read: in the language the client asked for, or both for a client that asked
 * for none. Our declared messages are picked from their halves; Payload's English-only ones translated.
 */
export const messageLocalizer = async (req: PayloadRequest): Promise<MessageLocalizer> => {
  const language = askedLanguage(req)
  if (language) {
    return (message, error) =>
      translateCoreMessage({ error, message, t: req.i18n.t, language }) ?? localizeMessage(message, language)
  }
  const { zh, en } = await bothTranslators(req)
  return (message, error) => {
    const inChinese = translateCoreMessage({ error, message, t: zh.t, language: 'zh' })
    return inChinese === undefined
      ? message
      : `${inChinese} / ${translateCoreMessage({ error, message, t: en.t, language: 'en' })}`
  }
}
