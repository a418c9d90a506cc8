import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * scripts/system-tools.sh (npm test's pretest) on a machine without Chromium and poppler-utils, simulated: PATH holds
 * only a directory of stand-ins (id, sudo, apt-get and the tools themselves), so nothing is installed for real.
 */

const script = path.resolve(import.meta.dirname, '../../scripts/system-tools.sh')
const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
const bash = which('bash')
let bin: string

beforeEach(async () => {
  bin = await fs.mkdtemp(path.join(os.tmpdir(), 'gongkai-system-tools-'))
})

afterEach(async () => {
  await fs.rm(bin, { recursive: true, force: true })
})

const stand = (name: string, body: string) =>
  fs.writeFile(path.join(bin, name), `#!${bash}\n${body}\n`, { mode: 0o755 })
const TOOLS = ['pdftotext', 'pdffonts', 'pdfinfo']
const asUser = (uid: number) => stand('id', `echo ${uid}`)

const run = () => {
  const result = spawnSync(bash, [script], {
    env: { NODE_ENV: 'test', PATH: bin, CHROMIUM_PATH: path.join(bin, 'chromium'), TMPDIR: bin },
    encoding: 'utf8',
  })
  return { code: result.status, stderrLines: result.stderr.trim().split('\n').filter(Boolean), stdout: result.stdout }
}

describe('npm test on a machine without the system tools', () => {
  it('should do nothing when Chromium and poppler are there', async () => {
    await asUser(1000)
    for (const tool of ['chromium', ...TOOLS]) await stand(tool, 'exit 0')
    expect(run()).toEqual({ code: 0, stderrLines: [], stdout: '' })
  })

  it('should stop with one line naming the packages when it cannot install them', async () => {
    await asUser(1000)
    const result = run()
    expect(result.code).toBe(1)
    expect(result.stderrLines).toEqual([
      "npm test needs Debian's chromium poppler-utils, and cannot install them without root: run sudo apt-get install chromium poppler-utils",
    ])
  })

  it('should install only what is missing with apt-get as root', async () => {
    await asUser(0)
    await stand('chromium', 'exit 0')
    // The stand-in apt-get notes its arguments and, on install, puts the tools in place as the real one would.
    await stand(
      'apt-get',
      `echo "$@" >> ${bin}/apt.log\nif [ "$1" = install ]; then for t in ${TOOLS.join(' ')}; do printf '#!${bash}\\n' > ${bin}/$t; ${which('chmod')} +x ${bin}/$t; done; fi`,
    )
    const result = run()
    expect(result).toMatchObject({ code: 0, stderrLines: ['npm test: installing poppler-utils with apt-get'] })
    const calls = (await fs.readFile(path.join(bin, 'apt.log'), 'utf8')).trim().split('\n')
    expect(calls).toEqual(['update -qq', 'install -y -qq --no-install-recommends poppler-utils'])
  })

  it("should stop with one line, not apt-get's output, when the install fails", async () => {
    await asUser(0)
    await stand(
      'apt-get',
      'for i in {1..50}; do echo "E: Unable to fetch $i" >&2; done; echo "E: Temporary failure resolving deb.debian.org" >&2; exit 100',
    )
    const result = run()
    expect(result.code).toBe(1)
    expect(result.stderrLines).toHaveLength(2)
    expect(result.stderrLines[1]).toMatch(
      /^npm test needs Debian's chromium poppler-utils, and apt-get could not install them \(its output: .*gongkai-system-tools\.log\)/,
    )
    expect(await fs.readFile(path.join(bin, 'gongkai-system-tools.log'), 'utf8')).toContain(
      'Temporary failure resolving',
    )
  })
})
