import type { FeatureProviderServer } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { LinkFeature } from '@payloadcms/richtext-lexical'

import { bilingualMessage, localizeMessage } from '../i18n/messages'
import { askedLanguage } from '../i18n/requestLanguage'
import { isAllowedLinkUrl } from './linkSchemes'

/**
 * The editor's own link check (Payload's URL field in the link drawer, which lets `data:` through and only
 * rewrites some `javascript:` URLs) extended with the platform's rule, so an editor sees the refusal in the
 * drawer as they type. The API refuses the same links at the door (unsafeText.ts), whatever the client.
 */
const allowedSchemesOnly = (field: FieldAffectingData): FieldAffectingData => {
  if (field.name !== 'url' || field.type !== 'text') return field
  const payloadValidate = field.validate as TextFieldSingleValidation | undefined
  const validate: TextFieldSingleValidation = (value, options) => {
    if (options.siblingData && (options.siblingData as { linkType?: string }).linkType === 'internal') return true
    if (typeof value === 'string' && !isAllowedLinkUrl(value)) {
      // The language plugin localizes collection fields' messages; the editor's drawer fields are beyond its reach.
      const message = bilingualMessage(
        '只能链接到 http(s)、mailto、tel 或本站地址',
        'only http(s), mailto, tel or links within the site are allowed',
      )
      return localizeMessage(message, askedLanguage(options.req))
    }
    return payloadValidate ? payloadValidate(value, options) : true
  }
  return { ...field, validate } as FieldAffectingData
}

/** The default features with the link feature's URL field checked by the platform's rule. */
export const withSafeLinks = <Feature extends Pick<FeatureProviderServer, 'key'>>(features: Feature[]) =>
  features.map((feature) =>
    feature.key === 'link'
      ? (LinkFeature({ fields: ({ defaultFields }) => defaultFields.map(allowedSchemesOnly) }) as unknown as Feature)
      : feature,
  )
