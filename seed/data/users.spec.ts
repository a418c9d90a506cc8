import { describe, expect, it } from 'vitest'

import { demoUsers } from './users'

describe('the demo accounts', () => {
  it('should give every institution the editor files for a reviewer, a secrecy reviewer and a signer', () => {
    const filedFor = new Set(demoUsers.filter((user) => user.role === 'editor').flatMap((user) => user.institutions))
    expect(filedFor.size).toBeGreaterThan(0)
    for (const role of ['reviewer', 'secrecy-reviewer', 'signer'] as const) {
      const covered = new Set(demoUsers.filter((user) => user.role === role).flatMap((user) => user.institutions))
      expect(
        [...filedFor].filter((institution) => !covered.has(institution)),
        role,
      ).toEqual([])
    }
  })
})
