import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { Role } from '../../src/lib/platform/roles'

import { creditCodeCheckCharacter } from '../../collections/validation/creditCode'
import { lexicalDocument } from '../../src/lib/richText'

/** Test files share one database and run in parallel: every natural key gets a run-unique part. */
export const unique = (label: string) => `${label}-${crypto.randomBytes(4).toString('hex')}`

/** A credit code that passes the GB 32100 check, different for every call. */
export const validCreditCode = (): string => {
  const serial = crypto.randomInt(0, 1e9).toString().padStart(9, '0')
  const first17 = `11150783${serial}`
  return first17 + creditCodeCheckCharacter(first17)
}

export const lexical = (...paragraphs: string[]) => lexicalDocument(paragraphs)

/** A Lexical document of one paragraph holding the given nodes, as the editor saves it. */
export const lexicalParagraph = (children: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children }],
  },
})

/** A link node of the editor's link feature pointing at `url`. */
export const lexicalLink = (url: string, text = '链接') => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
})

export const createInstitution = async (payload: Payload, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'institutions',
    data: { name: unique('测试局'), kind: 'department', creditCode: validCreditCode(), _status: 'published', ...data },
    depth: 0,
  })

export const TEST_PASSWORD = 'test-password-123'

export type SignedInUser = { id: number; token: string; email: string }

/** Creates a staff account and signs it in; the token authenticates REST and GraphQL calls. */
export const createUser = async (
  payload: Payload,
  { roles, institutions = [] }: { roles: Role[]; institutions?: number[] },
): Promise<SignedInUser> => {
  const email = `${unique(roles.join('+'))}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: email, roles, institutions },
    depth: 0,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  return { id: user.id, token: token!, email }
}

/** Finds the category of a kind (seeded by the migration-free test database or created here). */
export const ensureCategory = async (
  payload: Payload,
  kind: 'theme' | 'genre' | 'serviceObject',
  code: string,
  name = code,
) => {
  const existing = await payload.find({
    collection: 'categories',
    where: { kind: { equals: kind }, code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs[0]) return existing.docs[0]
  try {
    return await payload.create({ collection: 'categories', data: { kind, code, name }, depth: 0 })
  } catch {
    // Another test file created it at the same moment.
    const again = await payload.find({
      collection: 'categories',
      where: { kind: { equals: kind }, code: { equals: code } },
      limit: 1,
      depth: 0,
    })
    return again.docs[0]!
  }
}
