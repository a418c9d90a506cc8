import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import type { BilingualText } from '../../../src/lib/platform/labels'
import type { Role } from '../../../src/lib/platform/roles'
import type { CodeLabels } from '../codeLabels'
import type { ResolvedWorkflowOptions } from '../types'

import { writtenBySystemOnly } from '../../../src/lib/platform/access'
import { bilingual } from '../../../src/lib/platform/labels'
import {
  asAccessUser,
  hasRole,
  institutionIdsOf,
  isAllInstitutionUser,
  isInstitutionScopedUser,
  roleLabels,
  roles,
} from '../../../src/lib/platform/roles'
import { actionLabels, roleCodeLabels, stageLabels } from '../codeLabels'
import { EVENTS_SLUG } from '../constants'
import { refuseEventChanges, refuseEventDeletes } from '../hooks/appendOnly'

/**
 * The field's own label goes along as a client prop: Payload hands a custom field component its label from a
 * schema map cached in the first language served.
 */
const codeLabel = (label: BilingualText, labels: CodeLabels, contextField?: string) => ({
  Cell: {
    path: '/plugins/workflow-approval/components/CodeLabel/index.client#CodeLabelCell',
    clientProps: { labels, contextField },
  },
  Field: {
    path: '/plugins/workflow-approval/components/CodeLabel/index.client#CodeLabelField',
    clientProps: { label, labels, contextField },
  },
})

/**
 * Collections with a stage any institution's holder of a role acts in (a bulletin issue's sign-off):
 * holders of that role read the whole log of that collection, whose documents belong to no institution.
 */
const crossInstitutionCollections = (options: ResolvedWorkflowOptions, role: Role) =>
  Object.entries(options.collections).flatMap(([collection, slug]) => {
    const workflow = slug ? options.workflows[slug] : undefined
    return workflow?.stages.some((stage) => stage.sameInstitution === false && stage.roles.includes(role))
      ? [collection]
      : []
  })

/**
 * Staff read the history of their own institutions' documents and of the collections they act on
 * across institutions; the office and admins read all of it.
 */
const readEvents =
  (options: ResolvedWorkflowOptions): Access =>
  ({ req: { user } }) => {
    if (isAllInstitutionUser(user)) return true
    const readable: Where[] = []
    const ids = institutionIdsOf(user)
    if (isInstitutionScopedUser(user) && ids.length > 0) readable.push({ institution: { in: ids } })
    const collections = [
      ...new Set((asAccessUser(user)?.roles ?? []).flatMap((role) => crossInstitutionCollections(options, role))),
    ]
    if (collections.length > 0) readable.push({ documentCollection: { in: collections } })
    return readable.length > 0 ? { or: readable } : false
  }

/**
 * The actor's e-mail follows the rule of `users.email`: admins and the actor only. Everyone who reads
 * the log sees who acted by name; an address is contact data, not part of the audit trail.
 */
const readActorEmail: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') ||
  (user != null &&
    doc?.user != null &&
    String(typeof doc.user === 'object' ? doc.user.id : doc.user) === String(user.id))

/**
 * The audit log (审核记录): every workflow action, who took it in which role, from and to which stage,
 * the comment and the version it produced. Append-only: no access rule allows a change, and the hooks
 * refuse even trusted server code, so a record once written stays as written.
 */
export const eventsCollection = (options: ResolvedWorkflowOptions, collectionLabels: CodeLabels): CollectionConfig => {
  const workflows = Object.values(options.workflows)
  return {
    slug: EVENTS_SLUG,
    labels: { singular: bilingual('审核记录', 'Workflow event'), plural: bilingual('审核记录', 'Workflow events') },
    admin: {
      useAsTitle: 'documentTitle',
      defaultColumns: [
        'createdAt',
        'documentCollection',
        'documentTitle',
        'action',
        'fromStage',
        'toStage',
        'userName',
        'onBehalfOf',
      ],
      group: bilingual('审核', 'Workflow'),
      description: bilingual('审核流程的操作记录，只能追加。', 'Every workflow action; append-only.'),
    },
    defaultSort: '-createdAt',
    access: writtenBySystemOnly({ read: readEvents(options) }),
    hooks: { beforeChange: [refuseEventChanges()], beforeDelete: [refuseEventDeletes()] },
    fields: [
      {
        name: 'documentCollection',
        type: 'text',
        required: true,
        index: true,
        label: bilingual('集合', 'Collection'),
        admin: {
          components: codeLabel(bilingual('集合', 'Collection'), collectionLabels),
          description: bilingual(
            '文档所在的集合，如 政府信息、政策文件。',
            'Where the document lives, e.g. Disclosure items or Policies.',
          ),
        },
      },
      {
        name: 'documentId',
        type: 'text',
        required: true,
        index: true,
        label: bilingual('文档', 'Document'),
        admin: { description: bilingual('被操作文档的 ID。', 'The ID of the document acted on.') },
      },
      {
        name: 'documentTitle',
        type: 'text',
        label: bilingual('标题', 'Title'),
        admin: {
          description: bilingual(
            '操作时文档的标题，之后改名不影响本记录。',
            'The title at the time; later renames do not change this record.',
          ),
        },
      },
      {
        name: 'institution',
        type: 'relationship',
        relationTo: 'institutions',
        index: true,
        label: bilingual('机构', 'Institution'),
        admin: {
          description: bilingual(
            '文档所属机构；本机构人员和公开办可查看本记录。',
            'The document’s institution; its staff and the disclosure office can read this record.',
          ),
        },
      },
      {
        name: 'action',
        type: 'text',
        required: true,
        label: bilingual('操作', 'Action'),
        admin: {
          components: codeLabel(bilingual('操作', 'Action'), actionLabels(workflows), 'fromStage'),
          description: bilingual(
            '所做的操作，如 提交审核、审核通过、退回、撤回。',
            'What was done, e.g. Submit for review, Approve, Send back, Withdraw.',
          ),
        },
      },
      {
        name: 'fromStage',
        type: 'text',
        label: bilingual('原环节', 'From stage'),
        admin: {
          components: codeLabel(bilingual('原环节', 'From stage'), stageLabels(workflows)),
          description: bilingual('操作前的环节，如 科室审核。', 'The stage before the action, e.g. Department review.'),
        },
      },
      {
        name: 'toStage',
        type: 'text',
        label: bilingual('新环节', 'To stage'),
        admin: {
          components: codeLabel(bilingual('新环节', 'To stage'), stageLabels(workflows)),
          description: bilingual(
            '操作后的环节，如 保密审查、已发布。',
            'The stage after the action, e.g. Secrecy review or Published.',
          ),
        },
      },
      {
        name: 'user',
        type: 'relationship',
        relationTo: 'users',
        label: bilingual('操作人', 'User'),
        admin: {
          description: bilingual(
            '执行操作的工作人员；定时发布由系统执行时为空。',
            'The staff member who acted; empty when the system published on schedule.',
          ),
        },
      },
      {
        name: 'userName',
        type: 'text',
        label: bilingual('操作人', 'Acted by'),
        admin: {
          description: bilingual(
            '操作时工作人员的姓名，所有能查看本记录的人可见。',
            'The staff member’s name at the time; shown to everyone who may read this record.',
          ),
        },
      },
      {
        name: 'userEmail',
        type: 'text',
        label: bilingual('操作人邮箱', 'User e-mail'),
        access: { read: readActorEmail },
        admin: {
          description: bilingual(
            '操作时的登录邮箱，仅管理员和操作人本人可见。',
            'The login at the time; only admins and the actor themselves see it.',
          ),
        },
      },
      {
        name: 'role',
        type: 'text',
        label: bilingual('角色', 'Role'),
        admin: {
          components: codeLabel(bilingual('角色', 'Role'), roleCodeLabels()),
          description: bilingual(
            '以哪个角色操作，如 签发人、保密审查员。',
            'The role acted in, e.g. Signer or Secrecy reviewer.',
          ),
        },
      },
      {
        name: 'onBehalfOf',
        type: 'select',
        label: bilingual('代为办理', 'Acted in place of'),
        options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
        admin: {
          description: bilingual(
            '该环节无人可办理时，公开办或管理员代为办理：此处为原应办理的角色，意见中为理由。',
            'When nobody could act in the stage, the disclosure office or an admin acted in place of this role; the comment gives the reason.',
          ),
        },
      },
      {
        name: 'comment',
        type: 'textarea',
        label: bilingual('意见', 'Comment'),
        admin: {
          description: bilingual(
            '审核意见；退回、撤回、不予公开等操作必须说明理由。',
            'The reviewer’s comment; sending back, withdrawing or withholding needs a reason.',
          ),
        },
      },
      {
        name: 'version',
        type: 'text',
        label: bilingual('版本', 'Version'),
        admin: {
          description: bilingual(
            '本次操作产生的文档版本 ID，可在版本历史中比对。',
            'The document version this action produced; compare it in the version history.',
          ),
        },
      },
      {
        name: 'data',
        type: 'json',
        label: bilingual('环节数据', 'Stage data'),
        admin: {
          components: {
            Field: {
              path: '/plugins/workflow-approval/components/EventData/index.client#EventDataField',
              clientProps: { label: bilingual('环节数据', 'Stage data') },
            },
          },
          description: bilingual(
            '本环节记录的数据，如 保密审查结论及依据、定时发布时间。',
            'What the stage recorded, e.g. the secrecy decision and basis, or the scheduled time.',
          ),
        },
      },
    ],
  }
}
