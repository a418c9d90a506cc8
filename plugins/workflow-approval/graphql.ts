import type { CollectionSlug, GraphQLExtension, PayloadRequest } from 'payload'

import { GraphQLJSON } from '@payloadcms/graphql/types'

import type { ResolvedWorkflowOptions, StageDataField } from './types'

import { bilingualMessage } from '../../src/lib/platform/labels'
import { isKeyOf } from '../../src/lib/platform/slugs'
import { readForWorkflow } from './endpoints/workflow'
import { WorkflowActionError } from './errors'
import { workflowStateOf } from './state'
import { takeAction } from './takeAction'

type Context = { req: PayloadRequest }

const controlled = (options: ResolvedWorkflowOptions, collection: string): CollectionSlug => {
  if (!isKeyOf(options.collections, collection)) {
    throw new WorkflowActionError({
      status: 400,
      field: 'collection',
      message: bilingualMessage(`“${collection}”不受审核流程管理`, `collection "${collection}" has no workflow`),
    })
  }
  return collection
}

let stateType: unknown
/** The same shape as the REST answer; nested parts are JSON. */
const workflowStateType = (GraphQL: Parameters<GraphQLExtension>[0]) =>
  (stateType ??= new GraphQL.GraphQLObjectType({
    name: 'WorkflowState',
    fields: {
      stage: { type: GraphQLJSON },
      workflow: { type: GraphQLJSON },
      actions: { type: GraphQLJSON },
      waitingFor: { type: GraphQLJSON },
      isTakeover: { type: GraphQL.GraphQLBoolean },
      history: { type: GraphQLJSON },
      dueDate: { type: GraphQL.GraphQLString },
      isOverdue: { type: GraphQL.GraphQLBoolean },
    },
  })) as InstanceType<(typeof GraphQL)['GraphQLObjectType']>

/** `workflow(collection, id)`: the same as `GET /api/{collection}/:id/workflow`. */
export const workflowQueries =
  (options: ResolvedWorkflowOptions): GraphQLExtension =>
  (GraphQL) => ({
    workflow: {
      type: workflowStateType(GraphQL),
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      },
      resolve: async (_: unknown, args: { collection: string; id: string }, { req }: Context) => {
        const collection = controlled(options, args.collection)
        return workflowStateOf({ req, options, collection, doc: await readForWorkflow(req, collection, args.id) })
      },
    },
  })

/** `workflowAction(collection, id, action, comment, data)`: the same as `POST /api/{collection}/:id/workflow`. */
export const workflowMutations =
  (options: ResolvedWorkflowOptions): GraphQLExtension =>
  (GraphQL) => ({
    workflowAction: {
      type: workflowStateType(GraphQL),
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        action: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        comment: { type: GraphQL.GraphQLString },
        expectedStage: { type: GraphQL.GraphQLString },
        data: { type: GraphQLJSON },
      },
      resolve: async (
        _: unknown,
        args: {
          collection: string
          id: string
          action: string
          comment?: string | null
          expectedStage?: string | null
          data?: Record<string, unknown> | null
        },
        { req }: Context,
      ) => {
        const collection = controlled(options, args.collection)
        const doc = await takeAction({
          req,
          options,
          collection,
          id: args.id,
          input: {
            action: args.action,
            comment: args.comment ?? undefined,
            expectedStage: args.expectedStage ?? undefined,
            data: (args.data ?? {}) as Partial<Record<StageDataField, unknown>>,
          },
        })
        return workflowStateOf({ req, options, collection, doc })
      },
    },
  })
