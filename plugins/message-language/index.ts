import type { CollectionConfig, Config, Endpoint, GlobalConfig, Plugin } from 'payload'

import type { MessageLanguageOptions } from './types'

import { localizeEndpoint } from './endpoints/localizeEndpoint'
import { localizeValidate } from './fields/localizeValidate'
import { localizeErrors } from './hooks/localizeErrors'
import { messageTranslations } from './translations'

export type { MessageLanguageOptions } from './types'

const localizeEndpoints = (endpoints: Endpoint[] | false | undefined) => (Array.isArray(endpoints) ? endpoints.map(localizeEndpoint) : endpoints)

const withLocalizedMessages = <T extends CollectionConfig | GlobalConfig>(entity: T): T => ({
  ...entity,
  fields: entity.fields.map(localizeValidate),
  endpoints: localizeEndpoints(entity.endpoints),
})

/**
 * Messages in the reader's language. Messages are declared with `bilingualMessage(zh, en)`; this plugin makes
 * every place they leave the server (error answers of REST and GraphQL, field validation in the admin, custom
 * endpoints' refusals) pick the language the request asked for (Payload's `req.i18n.language`), and keeps both
 * for an API client that asked for none. Payload's own English-only messages are translated the same way.
 *
 * Place it last: it must see the fields and endpoints every other plugin added.
 */
export const messageLanguage =
  (options: MessageLanguageOptions = {}): Plugin =>
  (config: Config): Config => {
    const i18n = config.i18n ?? {}
    const translations = i18n.translations ?? {}
    const withTranslations: Config = {
      ...config,
      i18n: {
        ...i18n,
        translations: {
          ...translations,
          zh: { ...translations.zh, ...messageTranslations.zh },
          en: { ...translations.en, ...messageTranslations.en },
        },
      },
    }
    if (options.disabled) return withTranslations
    return {
      ...withTranslations,
      collections: config.collections?.map(withLocalizedMessages),
      globals: config.globals?.map(withLocalizedMessages),
      endpoints: localizeEndpoints(config.endpoints) || undefined,
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), localizeErrors()] },
    }
  }
