import { getPayload } from 'payload'

import { catalogueNumbering } from '../../plugins/catalogue-numbering'
import { readerLanguage } from '../../plugins/language'
import { domainCollections, NUMBERED_COLLECTIONS } from './domain'
import { pluginTestConfig } from './pluginConfig'
import { routesFor } from './routes'

/**
 * The domain's collections with catalogue numbering and the reader's language, and no workflow: the collections'
 * suites (their own rules: fields, validation, relationships) and the numbering's suites (its own guard) publish
 * directly through every door, which the workflow would refuse (403) before either runs. The doors to publication
 * are tested with the whole app in tests/int/workflow-approval.
 */
export const config = pluginTestConfig({
  name: 'domain',
  collections: domainCollections(),
  plugins: [catalogueNumbering({ collections: [...NUMBERED_COLLECTIONS] }), readerLanguage()],
})

export const getTestPayload = () => getPayload({ config })

export const { rest, graphql } = routesFor(config)
