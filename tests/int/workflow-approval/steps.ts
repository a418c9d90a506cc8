import type { Payload } from 'payload'

import type { Role } from '../../../src/lib/platform/roles'
import type { SignedInUser } from '../../helpers/fixtures'
import type { routesFor } from '../../helpers/routes'

import { createInstitution, createUser, ensureCategory, lexical, unique } from '../../helpers/fixtures'

/** The people of one institution, one per role, plus the cross-institution office and an admin. */
export type Cast = Record<Role, SignedInUser>

export type Office = { institutionId: number; creditCode: string; themeId: number; cast: Cast }

const roles: Role[] = [
  'admin',
  'disclosure-office',
  'signer',
  'secrecy-reviewer',
  'reviewer',
  'editor',
  'bulletin-editor',
]

/** A fresh institution with one user per role (so tests never share a mailbox or a document). */
export const createOffice = async (payload: Payload): Promise<Office> => {
  const institution = await createInstitution(payload)
  const themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id as number
  const users = await Promise.all(
    roles.map((role) => createUser(payload, { roles: [role], institutions: [institution.id] })),
  )
  return {
    institutionId: institution.id,
    creditCode: institution.creditCode as string,
    themeId,
    cast: Object.fromEntries(roles.map((role, i) => [role, users[i]!])) as Cast,
  }
}

type Rest = ReturnType<typeof routesFor>['rest']

/**
 * The workflow's steps as its people take them, through the REST routes of the suite's config: the workflow's own
 * (config.ts, through setup.ts) or the whole app's (one-lock.int.spec.ts).
 */
export const workflowSteps = (rest: Rest) => {
  /** A complete disclosure item as a draft, written by the office's editor through REST. */
  const draftItem = async (office: Office, extra: Record<string, unknown> = {}) => {
    const response = await rest('POST', '/disclosure-items?draft=true', {
      token: office.cast.editor.token,
      body: {
        title: unique('信息'),
        institution: office.institutionId,
        dateMade: '2026-01-05',
        theme: office.themeId,
        body: lexical('正文'),
        disclosureMethod: 'proactive',
        _status: 'draft',
        ...extra,
      },
    })
    if (response.status !== 201) throw new Error(`draft not created: ${response.status} ${response.text}`)
    return response.json.doc as { id: number; title: string }
  }

  const act = (
    user: SignedInUser,
    id: number | string,
    body: Record<string, unknown>,
    collection = 'disclosure-items',
  ) => rest('POST', `/${collection}/${id}/workflow`, { token: user.token, body })

  const workflowOf = (user: SignedInUser, id: number | string, collection = 'disclosure-items') =>
    rest('GET', `/${collection}/${id}/workflow`, { token: user.token })

  /** The default chain from draft to published, each step by its role. */
  const approveAll = async (
    office: Office,
    id: number,
    { disclosureMethod = 'proactive' }: { disclosureMethod?: string } = {},
  ) => {
    const { cast } = office
    const steps: Array<[SignedInUser, Record<string, unknown>]> = [
      [cast.editor, { action: 'submit' }],
      [cast.reviewer, { action: 'approve' }],
      [
        cast['secrecy-reviewer'],
        { action: 'approve', secrecyDecision: 'public', secrecyLegalBasis: '《保守国家秘密法》第九条：不涉密' },
      ],
      [cast.signer, { action: 'approve', disclosureMethod }],
    ]
    for (const [user, body] of steps) {
      const response = await act(user, id, body)
      if (response.status !== 200)
        throw new Error(`${body.action} by ${user.email}: ${response.status} ${response.text}`)
    }
  }
  return { draftItem, act, workflowOf, approveAll }
}
