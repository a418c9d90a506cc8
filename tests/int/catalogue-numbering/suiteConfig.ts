import { getPayload } from 'payload'

import { catalogueNumbering } from '../../../plugins/catalogue-numbering'
import { readerLanguage } from '../../../plugins/language'
import { domainCollections, NUMBERED_COLLECTIONS } from '../../helpers/domain'
import { pluginTestConfig } from '../../helpers/pluginConfig'
import { routesFor } from '../../helpers/routes'

/**
 * Catalogue numbering on the domain, and no workflow: these suites publish directly, and test the numbering's own
 * guard through every door (the workflow would refuse a direct publish before it).
 */
export const config = pluginTestConfig({
  name: 'numbering',
  collections: domainCollections(),
  plugins: [catalogueNumbering({ collections: [...NUMBERED_COLLECTIONS] }), readerLanguage()],
})

export const getTestPayload = () => getPayload({ config })

export const { rest, graphql } = routesFor(config)
