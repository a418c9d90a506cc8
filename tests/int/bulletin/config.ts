import { getPayload } from 'payload'

import { bulletin } from '../../../plugins/bulletin'
import { catalogueNumbering } from '../../../plugins/catalogue-numbering'
import { readerLanguage } from '../../../plugins/language'
import { domainCollections, NUMBERED_COLLECTIONS } from '../../helpers/domain'
import { pluginTestConfig } from '../../helpers/pluginConfig'
import { routesFor } from '../../helpers/routes'

/**
 * The bulletin with what it stands on: the domain's collections it places (its sources, and what their
 * relationships point to), catalogue numbering before it (as payload.config.ts orders them; placed entries carry
 * their index numbers) and the reader's language last. No workflow: these suites publish issues as the system, and
 * the review chain of an issue is the workflow's suites' concern.
 */
export const config = pluginTestConfig({
  name: 'bulletin',
  collections: domainCollections(),
  plugins: [catalogueNumbering({ collections: [...NUMBERED_COLLECTIONS] }), bulletin(), readerLanguage()],
})

export const getTestPayload = () => getPayload({ config })

export const { rest, graphql } = routesFor(config)
