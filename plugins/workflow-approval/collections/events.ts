import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { hasRole, institutionIdsOf, isAllInstitutionUser, isInstitutionScopedUser } from '../../../collections/access/roles'
import { bilingual } from '../../../collections/labels'
import { EVENTS_SLUG } from '../defaults'
import { refuseEventChanges, refuseEventDeletes } from '../hooks/appendOnly'

const never: Access = () => false

/** Staff read the history of their own institutions' documents; the office and admins read all of it. */
const readEvents: Access = ({ req: { user } }) => {
  if (isAllInstitutionUser(user)) return true
  if (!isInstitutionScopedUser(user)) return false
  const ids = institutionIdsOf(user)
  return ids.length > 0 ? { institution: { in: ids } } : false
}

/**
 * The actor's e-mail follows the rule of `users.email`: admins and the actor only. Everyone who reads
 * the log sees who acted by name; an address is contact data, not part of the audit trail.
 */
const readActorEmail: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || (user != null && doc?.user != null && String(typeof doc.user === 'object' ? doc.user.id : doc.user) === String(user.id))

/**
 * The audit log (审核记录): every workflow action, who took it in which role, from and to which stage,
 * the comment and the version it produced. Append-only: no access rule allows a change, and the hooks
 * refuse even trusted server code, so a record once written stays as written.
 */
export const eventsCollection = (): CollectionConfig => ({
  slug: EVENTS_SLUG,
  labels: { singular: bilingual('审核记录', 'Workflow event'), plural: bilingual('审核记录', 'Workflow events') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'documentCollection', 'documentTitle', 'action', 'fromStage', 'toStage', 'userName'],
    group: bilingual('审核', 'Workflow'),
    description: bilingual('审核流程的操作记录，只能追加。', 'Every workflow action; append-only.'),
  },
  defaultSort: '-createdAt',
  access: { read: readEvents, create: never, update: never, delete: never },
  hooks: { beforeChange: [refuseEventChanges()], beforeDelete: [refuseEventDeletes()] },
  fields: [
    { name: 'documentCollection', type: 'text', required: true, index: true, label: bilingual('集合', 'Collection') },
    { name: 'documentId', type: 'text', required: true, index: true, label: bilingual('文档', 'Document') },
    { name: 'documentTitle', type: 'text', label: bilingual('标题', 'Title') },
    { name: 'institution', type: 'relationship', relationTo: 'institutions', index: true, label: bilingual('机构', 'Institution') },
    { name: 'action', type: 'text', required: true, label: bilingual('操作', 'Action') },
    { name: 'fromStage', type: 'text', label: bilingual('原环节', 'From stage') },
    { name: 'toStage', type: 'text', label: bilingual('新环节', 'To stage') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: bilingual('操作人', 'User') },
    { name: 'userName', type: 'text', label: bilingual('操作人', 'Acted by') },
    { name: 'userEmail', type: 'text', label: bilingual('操作人邮箱', 'User e-mail'), access: { read: readActorEmail } },
    { name: 'role', type: 'text', label: bilingual('角色', 'Role') },
    { name: 'comment', type: 'textarea', label: bilingual('意见', 'Comment') },
    { name: 'version', type: 'text', label: bilingual('版本', 'Version') },
    { name: 'data', type: 'json', label: bilingual('环节数据', 'Stage data') },
  ],
})
