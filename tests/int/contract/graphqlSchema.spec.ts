import type * as GraphQL from 'graphql'

import { configToSchema } from '@payloadcms/graphql'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

import { config } from '../../helpers/payload'

// The graphql that @payloadcms/graphql built the schema with: Node loads it as CommonJS, where vitest would
// resolve a plain import to graphql's ES module build, a second copy whose printSchema rejects the schema's types.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL

/**
 * schema.graphql is the GraphQL contract clients read; it is committed, so it must be what the config serves.
 * The printing is the CLI's own (`payload-graphql generate:schema`: configToSchema, then graphql's printSchema).
 */
describe('schema.graphql', () => {
  it('is the schema the current config generates (else run `npm run generate:graphql` and commit it)', async () => {
    const sanitized = await config
    const generated = printSchema(configToSchema(sanitized).schema)
    const committed = await readFile(sanitized.graphQL.schemaOutputFile, 'utf8')
    expect(
      committed === generated,
      'schema.graphql is out of date with the Payload config: run `npm run generate:graphql` and commit schema.graphql',
    ).toBe(true)
  })
})
