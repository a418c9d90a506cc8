import type { CollectionConfig, FieldAccess } from 'payload'

import { bilingual, bilingualMessage } from '../src/lib/platform/labels'
import { hasRole, roleLabels, roles } from '../src/lib/platform/roles'
import { sessionTokenStrategy } from './auth/sessionTokenStrategy'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { explainLockout } from './hooks/explainLockout'
import { slugs } from './slugs'

const isAdmin: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
const isAdminOrSelf: FieldAccess = ({ req: { user }, doc, id }) =>
  hasRole(user, 'admin') || (user !== null && user !== undefined && String(user.id) === String(doc?.id ?? id))

/** Five failed sign-ins in a row lock an account for ten minutes (an admin can unlock it sooner). Exported for GraphQL's explanation (payload.config.ts). */
export const loginLockout = { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 }

/** Staff accounts. A user has one or more roles and belongs to one or more institutions. */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: bilingual('用户', 'User'), plural: bilingual('用户', 'Users') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'institutions'],
    group: bilingual('系统', 'System'),
    description: bilingual(
      '工作人员账号：角色决定能做什么，所属机构决定能处理哪些信息。',
      'Staff accounts: roles decide what they may do, institutions whose documents.',
    ),
  },
  auth: {
    ...loginLockout,
    tokenExpiration: 8 * 60 * 60,
    // The signed-in user is read on every authenticated request. Access rules need only the ids of the
    // user's institutions (institutionIdsOf takes ids or documents); populating them (Payload's default
    // depth 2) read every institution of the user, and its parents, per request: a county-wide account
    // made a signed-in read twice as costly as an anonymous one.
    depth: 0,
    // Payload's token check with a one-statement read of the user (collections/auth/): signed-in API
    // reads spent more on reading the caller than on the document asked for.
    strategies: [sessionTokenStrategy],
  },
  access: {
    // Everyone may reach the admin login; what they see after is decided per collection.
    read: ({ req: { user } }) => {
      if (!user) return false
      if (hasRole(user, 'admin', 'disclosure-office')) return true
      return { id: { equals: user.id } }
    },
    create: ({ req: { user } }) => hasRole(user, 'admin'),
    update: ({ req: { user } }) => {
      if (!user) return false
      return hasRole(user, 'admin') ? true : { id: { equals: user.id } }
    },
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
    unlock: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  hooks: {
    // At least 12 characters, not a common or regular password (collections/validation/password.ts).
    beforeOperation: [enforcePasswordPolicy],
    afterError: [explainLockout(loginLockout)],
    // The very first account (created on the admin's welcome screen, where nobody may grant roles) is
    // the administrator. Accounts created with roles (seed, admins) keep theirs, so parallel creates
    // cannot all become admins.
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create' || (Array.isArray(data.roles) && data.roles.length > 0)) return data
        const { totalDocs } = await req.payload.count({ collection: slugs.users, req, overrideAccess: true })
        return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
      },
    ],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: bilingual('电子邮箱', 'E-mail'),
      access: { read: isAdminOrSelf },
      admin: {
        description: bilingual(
          '登录账号，如 zhangwei@gongkai.local；只有本人和管理员可见。',
          'The login, e.g. zhangwei@gongkai.local; only the user and admins see it.',
        ),
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: bilingual('姓名', 'Name'),
      admin: {
        description: bilingual(
          '工作人员的真实姓名，如 张伟；列表中显示。',
          'The staff member’s real name, e.g. 张伟; shown in lists.',
        ),
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: bilingual('角色', 'Roles'),
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdmin, update: isAdmin },
      admin: { description: bilingual('决定能看到和处理哪些信息。', 'Decides what the user can see and do.') },
    },
    {
      name: 'institutions',
      type: 'relationship',
      relationTo: slugs.institutions,
      hasMany: true,
      saveToJWT: true,
      label: bilingual('所属机构', 'Institutions'),
      access: { create: isAdmin, update: isAdmin },
      admin: {
        description: bilingual(
          '信息员、审核人员只能处理所属机构的信息；公开办和管理员可处理全部。',
          'Editors and reviewers work only on their institutions’ documents; the disclosure office and admins on all.',
        ),
      },
      validate: (value: unknown, { siblingData }: { siblingData: { roles?: string[] } }) => {
        const needsInstitution = siblingData?.roles?.some((role) =>
          ['editor', 'reviewer', 'secrecy-reviewer', 'signer'].includes(role),
        )
        return needsInstitution && (!Array.isArray(value) || value.length === 0)
          ? bilingualMessage('该角色必须指定所属机构', 'this role needs at least one institution')
          : true
      },
    },
  ],
}
