/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
// Edited by hand (one import, one wrap): anonymous queries are answered from the portal plugin's
// publish-invalidated cache (plugins/portal-publishing/apiCache). Keep it when regenerating.
import { withApiCache } from '../../../../../plugins/portal-publishing'

export const POST = withApiCache(config, GRAPHQL_POST(config), { isGraphql: true })

export const OPTIONS = REST_OPTIONS(config)
