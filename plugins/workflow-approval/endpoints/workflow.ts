import type { CollectionSlug, Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ResolvedWorkflowOptions, StageDataField } from '../types'

import { bilingualMessage } from '../../../src/lib/platform/labels'
import {
  bilingualSummary,
  documented,
  jsonContent,
  pathParameter,
  refusals,
  SIGNED_IN,
} from '../../../src/lib/platform/openApi'
import { refusalResponse } from '../../../src/lib/platform/refusalResponse'
import { WorkflowActionError } from '../errors'
import { asCollectionSlug } from '../resolveWorkflow'
import { workflowStateOf } from '../state'
import { takeAction } from '../takeAction'

type Doc = Record<string, unknown>

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
      return refusalResponse(err)
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
      return refusalResponse(err)
    }
  }

const bilingualText = {
  type: 'object',
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
  required: ['zh', 'en'],
}

/** What both doors answer (workflowState.ts's WorkflowState). */
const workflowStateSchema = {
  type: 'object',
  properties: {
    stage: { type: 'object', properties: { slug: { type: 'string' }, label: bilingualText } },
    workflow: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        label: bilingualText,
        stages: {
          type: 'array',
          items: { type: 'object', properties: { slug: { type: 'string' }, label: bilingualText } },
        },
      },
    },
    actions: {
      type: 'array',
      description: 'What the signed-in user may do now',
      items: {
        type: 'object',
        properties: {
          action: { type: 'string' },
          label: bilingualText,
          requiresComment: { type: 'boolean' },
          fields: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                required: { type: 'boolean' },
                options: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
        required: ['action', 'label', 'requiresComment'],
      },
    },
    waitingFor: {
      type: ['object', 'null'],
      properties: {
        roles: bilingualText,
        names: { type: 'array', items: { type: 'string' } },
        isStranded: { type: 'boolean' },
      },
    },
    isTakeover: { type: 'boolean' },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: ['integer', 'string'] },
          action: { type: 'string' },
          fromStage: { type: ['string', 'null'] },
          toStage: { type: ['string', 'null'] },
          user: { type: ['object', 'null'] },
          role: { type: ['string', 'null'] },
          onBehalfOf: { type: ['string', 'null'] },
          comment: { type: ['string', 'null'] },
          createdAt: { type: 'string', format: 'date-time' },
          version: { type: ['string', 'null'] },
        },
      },
    },
    dueDate: { type: ['string', 'null'], description: 'Art. 26 deadline, YYYY-MM-DD' },
    isOverdue: { type: 'boolean' },
  },
  required: ['stage', 'workflow', 'actions', 'history'],
}

const id = pathParameter('id', 'The document id / 文档 ID')

/** `GET` and `POST /api/{collection}/:id/workflow`. */
export const workflowEndpoints = (options: ResolvedWorkflowOptions, collection: CollectionSlug): Endpoint[] => [
  documented(
    { path: '/:id/workflow', method: 'get', handler: get(options, collection) },
    {
      operationId: `workflow-state-${collection}`,
      summary: bilingualSummary('审核流程状态', 'Workflow state'),
      description:
        'The stage, the actions the signed-in user may take, the history and the Art. 26 deadline. / 当前环节、可执行操作、审核记录和法定期限。',
      parameters: [id],
      security: SIGNED_IN,
      responses: {
        200: jsonContent(workflowStateSchema),
        ...refusals({ 403: 'Not signed in / 未登录', 404: 'No such document, or not readable / 文档不存在或无权查看' }),
      },
    },
  ),
  documented(
    { path: '/:id/workflow', method: 'post', handler: post(options, collection) },
    {
      operationId: `workflow-action-${collection}`,
      summary: bilingualSummary('执行审核操作', 'Take a workflow action'),
      description:
        'Submit, approve, return or withdraw: one of the `actions` the state lists. The final approval publishes. / 提交、审核通过、退回、撤回；终审通过即发布。',
      parameters: [id],
      security: SIGNED_IN,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                action: { type: 'string', description: "One of the state's `actions[].action`" },
                comment: { type: 'string', description: 'Required where `requiresComment`' },
                expectedStage: {
                  type: 'string',
                  description: 'Refused with 409 when the document has moved on (another reviewer acted first)',
                },
              },
              required: ['action'],
              additionalProperties: { description: "The stage's data fields (`actions[].fields`)" },
            },
          },
        },
      },
      responses: {
        200: jsonContent(workflowStateSchema, 'The new state / 操作后的状态'),
        ...refusals({
          400: 'Missing action or comment, or the document is incomplete for the final approval (fields named in `data`) / 缺少操作或意见，或文档不完整',
          403: 'Not allowed in this stage / 无权在此环节操作',
          404: 'No such document / 文档不存在',
          409: 'The stage changed meanwhile / 环节已变化',
        }),
      },
    },
  ),
]
