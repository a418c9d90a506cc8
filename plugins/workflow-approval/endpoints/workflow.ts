import type { CollectionSlug, Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import type { ResolvedWorkflowOptions, StageDataField } from '../types'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import { WorkflowActionError } from '../errors'
import { asCollectionSlug } from '../resolveWorkflow'
import { workflowStateOf } from '../state'
import { takeAction } from '../takeAction'

type Doc = Record<string, unknown>

const errorResponse = (err: unknown) => {
  // Refusals and validation errors (a final approval of an incomplete document) keep their status and fields.
  if (err instanceof APIError && err.status < 500) {
    return Response.json(
      { errors: [{ message: err.message, ...(err.data ? { data: err.data } : {}) }] },
      { status: err.status },
    )
  }
  throw err
}

/** The document as the signed-in user may read it (latest draft included), or a refusal. */
export const readForWorkflow = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  if (!req.user)
    throw new WorkflowActionError({ status: 403, message: bilingualMessage('请先登录', 'sign in to see the workflow') })
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })) as Doc | null
  if (!doc)
    throw new WorkflowActionError({ status: 404, message: bilingualMessage('未找到该文档', 'no such document') })
  return doc
}

const get =
  (options: ResolvedWorkflowOptions, collection: CollectionSlug): PayloadHandler =>
  async (req) => {
    try {
      const doc = await readForWorkflow(req, collection, String(req.routeParams?.id))
      return Response.json(await workflowStateOf({ req, options, collection, doc }))
    } catch (err) {
      return errorResponse(err)
    }
  }

const post =
  (options: ResolvedWorkflowOptions, collection: CollectionSlug): PayloadHandler =>
  async (req) => {
    try {
      await addDataAndFileToRequest(req)
      const { action, comment, expectedStage, ...data } = (req.data ?? {}) as Record<string, unknown>
      if (typeof action !== 'string' || !action) {
        throw new WorkflowActionError({
          status: 400,
          field: 'action',
          message: bilingualMessage('请指定操作', 'action is required'),
        })
      }
      if (comment !== undefined && comment !== null && typeof comment !== 'string') {
        throw new WorkflowActionError({
          status: 400,
          field: 'comment',
          message: bilingualMessage('意见必须是文本', 'comment must be text'),
        })
      }
      const id = String(req.routeParams?.id)
      // The state is built from the document the action wrote (the actor read it under the lock); no read again.
      const doc = await takeAction({
        req,
        options,
        collection: asCollectionSlug(req.payload, collection),
        id,
        input: {
          action,
          comment: comment ?? undefined,
          expectedStage: typeof expectedStage === 'string' ? expectedStage : undefined,
          data: data as Partial<Record<StageDataField, unknown>>,
        },
      })
      return Response.json(await workflowStateOf({ req, options, collection, doc }))
    } catch (err) {
      return errorResponse(err)
    }
  }

/** `GET` and `POST /api/{collection}/:id/workflow`. */
export const workflowEndpoints = (options: ResolvedWorkflowOptions, collection: CollectionSlug): Endpoint[] => [
  { path: '/:id/workflow', method: 'get', handler: get(options, collection) },
  { path: '/:id/workflow', method: 'post', handler: post(options, collection) },
]
