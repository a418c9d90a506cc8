import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { bilingualMessage } from '../../src/lib/platform/labels'
import { passwordProblem } from '../validation/password'

/**
 * Refuses a weak password with a 400 naming `password` wherever one is set: creating an account, changing a
 * password (update, including the admin's form) and resetting a forgotten one. Before the operation, so
 * nothing is hashed or written for a password that will be refused.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password: unknown = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null) return args
  // Anything but text would reach the hash function (node:crypto's pbkdf2 throws a TypeError: a 500).
  const problem =
    typeof password === 'string' ? passwordProblem(password) : { zh: '密码应为文本', en: 'the password must be text' }
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { path: 'password', label: { zh: '密码', en: 'Password' }, message: bilingualMessage(problem.zh, problem.en) },
      ],
    })
  return args
}
