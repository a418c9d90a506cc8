import type { BilingualText } from './labels'

export const roles = [
  'admin',
  'disclosure-office',
  'signer',
  'secrecy-reviewer',
  'reviewer',
  'editor',
  'bulletin-editor',
] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, BilingualText> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  'disclosure-office': { zh: '公开办', en: 'Disclosure office' },
  signer: { zh: '签发人', en: 'Signer' },
  'secrecy-reviewer': { zh: '保密审查员', en: 'Secrecy reviewer' },
  reviewer: { zh: '科室负责人', en: 'Reviewer' },
  editor: { zh: '信息员', en: 'Editor' },
  'bulletin-editor': { zh: '公报编辑', en: 'Bulletin editor' },
}

/** Roles that work across every institution. */
export const allInstitutionRoles: readonly Role[] = ['admin', 'disclosure-office']

/** Roles that work on the documents of the institutions they belong to. */
export const institutionScopedRoles: readonly Role[] = ['signer', 'secrecy-reviewer', 'reviewer', 'editor']

/** The shape of the signed-in user that access rules rely on (saved to the JWT). */
export type AccessUser = {
  id: number | string
  collection?: string
  roles?: Role[] | null
  institutions?: Array<number | string | { id: number | string }> | null
}

export const asAccessUser = (user: unknown): AccessUser | null =>
  user && typeof user === 'object' && 'id' in user ? (user as AccessUser) : null

export const hasRole = (user: unknown, ...wanted: readonly Role[]): boolean =>
  Boolean(asAccessUser(user)?.roles?.some((role) => wanted.includes(role)))

export const isAllInstitutionUser = (user: unknown): boolean => hasRole(user, ...allInstitutionRoles)

export const isInstitutionScopedUser = (user: unknown): boolean => hasRole(user, ...institutionScopedRoles)

/** The ids of the institutions a user belongs to, whether populated or not. */
export const institutionIdsOf = (user: unknown): Array<number | string> =>
  (asAccessUser(user)?.institutions ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry))
