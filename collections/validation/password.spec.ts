import { describe, expect, it } from 'vitest'

import { demoPassword } from '../../seed/data/users'
import { TEST_PASSWORD } from '../../tests/helpers/fixtures'
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password'

describe('passwordProblem', () => {
  it.each(['gongkai-demo-2011', 'test-password-123', '我家门前有两棵树一棵是枣树', 'Correct horse battery'])(
    'should accept %s',
    (password) => expect(passwordProblem(password)).toBeNull(),
  )

  it('should accept the demo seed’s password and the tests’ password', () => {
    expect(passwordProblem(demoPassword({ NODE_ENV: 'test' }).password)).toBeNull()
    expect(passwordProblem(TEST_PASSWORD)).toBeNull()
  })

  it(`should refuse fewer than ${MIN_PASSWORD_LENGTH} characters, counting Chinese characters as one each`, () => {
    expect(passwordProblem('Xq7#mK2$vL9')?.en).toContain('at least 12')
    expect(passwordProblem('春眠不觉晓处处闻啼')?.zh).toContain('至少')
  })

  it.each([
    '1qaz2wsx3edc',
    'QWERTY123456',
    'woaini1314woaini1314',
    'password1234',
    '2026woaini1314',
    'administrator!',
    'a1b2c3d4e5f6',
    '888888888888',
    'abcabcabcabc',
    '123456789012',
    'abcdefghijklm',
    '987654321098',
  ])('should refuse %s as common or regular', (password) => {
    expect(passwordProblem(password)?.en).toContain('too common')
  })
})
