import type { CollectionConfig, Config, Endpoint, GlobalConfig, Plugin } from 'payload'

import type { LanguageOptions } from './types'

import { placePlugin } from '../../src/lib/platform/pluginPlacement'
import { localizeEndpoint } from './endpoints/localizeEndpoint'
import { localizeValidate } from './fields/localizeValidate'
import { localizeErrors } from './hooks/localizeErrors'
import { collectionLabelFunctions, globalLabelFunctions, labelFunctions } from './labels'
import { messageTranslations } from './translations'

export type { LanguageOptions } from './types'

const localizeEndpoints = (endpoints: Endpoint[] | false | undefined) =>
  Array.isArray(endpoints) ? endpoints.map(localizeEndpoint) : endpoints

const withLocalizedMessages = <T extends CollectionConfig | GlobalConfig>(entity: T): T => ({
  ...entity,
  fields: entity.fields.map((field) => labelFunctions(localizeValidate(field))),
  endpoints: localizeEndpoints(entity.endpoints),
})

/**
 * The admin and the API in the reader's language. Labels declared as `{ zh, en }` become label functions, so
 * every place Payload shows one (aria-labels and tooltips included) gets the admin language's text. Messages are declared with `bilingualMessage(zh, en)`; this plugin makes
 * every place they leave the server (error answers of REST and GraphQL, field validation in the admin, custom
 * endpoints' refusals) pick the language the request asked for (Payload's `req.i18n.language`), and keeps both
 * for an API client that asked for none. Payload's own English-only messages are translated the same way.
 *
 * Place it last: it must see the fields and endpoints every other plugin added.
 */
export const readerLanguage =
  (options: LanguageOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const config = placePlugin(incoming, { plugin: 'readerLanguage', isLast: true })
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
      collections: config.collections?.map((collection) => collectionLabelFunctions(withLocalizedMessages(collection))),
      globals: config.globals?.map((global) => globalLabelFunctions(withLocalizedMessages(global))),
      endpoints: localizeEndpoints(config.endpoints) || undefined,
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), localizeErrors()] },
    }
  }
