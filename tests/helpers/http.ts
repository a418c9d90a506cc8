import { config } from './payload'
import { routesFor } from './routes'

/** The full app's /api (REST and GraphQL), in process; a suite on a config of its own uses routesFor(config). */
export const { rest, graphql } = routesFor(config)
