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
  if (typeof password !== 'string') return args
  const problem = passwordProblem(password)
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { path: 'password', label: { zh: '密码', en: 'Password' }, message: bilingualMessage(problem.zh, problem.en) },
      ],
    })
  return args
}
