import { getPayload } from 'payload'

import { bulletin } from '../../../plugins/bulletin'
import { catalogueNumbering } from '../../../plugins/catalogue-numbering'
import { readerLanguage } from '../../../plugins/language'
import { workflowApproval } from '../../../plugins/workflow-approval'
import { appWorkflows } from '../../../src/workflows'
import { domainCollections, NUMBERED_COLLECTIONS } from '../../helpers/domain'
import { pluginTestConfig } from '../../helpers/pluginConfig'
import { routesFor } from '../../helpers/routes'

/**
 * The workflow as payload.config.ts configures it (its four workflows, the collections they govern), with the
 * plugins it must follow: catalogue numbering (the final approval numbers the document it publishes, under the
 * same lock) and the bulletin (whose issues have a review chain of their own). Not the portal: what a publish
 * does to the portal's caches and index is the portal's suites' concern.
 */
export const config = pluginTestConfig({
  name: 'workflow',
  collections: domainCollections(),
  plugins: [
    catalogueNumbering({ collections: [...NUMBERED_COLLECTIONS] }),
    bulletin(),
    workflowApproval(appWorkflows),
    readerLanguage(),
  ],
})

export const getTestPayload = () => getPayload({ config })

export const { rest, graphql } = routesFor(config)
