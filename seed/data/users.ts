import type { Role } from '../../src/lib/platform/roles'
import type { Refs } from '../refs'
import type { Seed } from '../upsert'
import type { InstitutionShortName } from './institutions'

/** Development only: printed by the seed, replaced with SEED_PASSWORD where the demo is reachable by others. */
const DEFAULT_PASSWORD = 'gongkai-demo-2011'

export const demoPassword = (env: NodeJS.ProcessEnv = process.env) =>
  env.SEED_PASSWORD
    ? { password: env.SEED_PASSWORD, isFromEnvironment: true }
    : { password: DEFAULT_PASSWORD, isFromEnvironment: false }

type DemoUser = { email: string; name: string; role: Role; institutions: readonly InstitutionShortName[] }

/**
 * One account per role. Admin comes first: the very first account of a database is made admin anyway.
 * The reviewing roles cover every institution the editor files for, so no demo document is stranded
 * in a stage nobody of its institution may act in.
 */
export const demoUsers: readonly DemoUser[] = [
  { email: 'admin@gongkai.local', name: '系统管理员', role: 'admin', institutions: [] },
  { email: 'office@gongkai.local', name: '周宁', role: 'disclosure-office', institutions: ['信息中心'] },
  { email: 'signer@gongkai.local', name: '刘宏伟', role: 'signer', institutions: ['政府办公室', '财政局'] },
  { email: 'secrecy@gongkai.local', name: '陈静', role: 'secrecy-reviewer', institutions: ['政府办公室', '财政局'] },
  { email: 'reviewer@gongkai.local', name: '赵磊', role: 'reviewer', institutions: ['政府办公室', '财政局'] },
  { email: 'editor@gongkai.local', name: '李晓', role: 'editor', institutions: ['政府办公室', '财政局'] },
  { email: 'bulletin@gongkai.local', name: '孙悦', role: 'bulletin-editor', institutions: [] },
]

/** The password is set when an account is created only: someone may have changed theirs since. */
export const userSeeds = (refs: Refs, password: string): Seed<'users'>[] =>
  demoUsers.map((user) => ({
    key: user.email,
    data: {
      email: user.email,
      name: user.name,
      roles: [user.role],
      institutions: user.institutions.map(refs.institution),
    },
    createOnly: { password },
  }))
