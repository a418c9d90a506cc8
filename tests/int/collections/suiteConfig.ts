import { getPayload } from 'payload'

import { catalogueNumbering } from '../../../plugins/catalogue-numbering'
import { readerLanguage } from '../../../plugins/language'
import { domainCollections, NUMBERED_COLLECTIONS } from '../../helpers/domain'
import { pluginTestConfig } from '../../helpers/pluginConfig'
import { routesFor } from '../../helpers/routes'

/**
 * The domain's collections with numbering and the reader's language, and no workflow: these suites test the
 * collections' own rules (fields, validation, relationships) through every door, publishing directly as they go,
 * which the workflow would refuse (403) before validation runs. The doors to publication are tested in
 * tests/int/workflow-approval.
 */
export const config = pluginTestConfig({
  name: 'collections',
  collections: domainCollections(),
  plugins: [catalogueNumbering({ collections: [...NUMBERED_COLLECTIONS] }), readerLanguage()],
})

export const getTestPayload = () => getPayload({ config })

export const { rest, graphql } = routesFor(config)
