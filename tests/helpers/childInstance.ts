import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import readline from 'node:readline'

/**
 * A second app instance for the tests that need two processes on one database (their own Payload, their own
 * pool). The child script boots Payload, says READY, waits for GO on stdin (so the instances act at the same
 * moment), does its work and prints its answer as `RESULT <json>` (Payload's logger shares stdout). The
 * progress lines it prints show in a failure how far it got.
 */
export type ChildInstance<Result> = {
  /** Settles when the child says READY, or rejects when it dies before. */
  ready: Promise<void>
  result: Promise<Result>
  go: () => void
  /** Closing stdin without GO makes a waiting child exit; one already at work finishes on its own. */
  stop: () => void
}

const rootDir = path.resolve(import.meta.dirname, '../..')

/** Starts `npx tsx <script> ...args` from the project root with the test run's environment. */
export const startChildInstance = <Result>(script: string, args: string[]): ChildInstance<Result> => {
  const child = spawn('npx', ['tsx', script, ...args], { cwd: rootDir, env: process.env })
  let stdout = ''
  let stderr = ''
  let markReady = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (/^READY$/m.test(stdout)) markReady()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const result = new Promise<Result>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const answer = /^RESULT (.*)$/m.exec(stdout)
      if (code === 0 && answer) resolve(JSON.parse(answer[1]!) as Result)
      else reject(new Error(`${script} exited with ${code}:\n${stdout}\n${stderr}`))
    })
  })
  // Awaited by the test; this only keeps a child that fails after the test gave up from being unhandled.
  result.catch(() => {})
  return {
    // A child that dies before READY must fail the test, not leave it waiting.
    ready: Promise.race([ready, result.then(() => {})]),
    result,
    go: () => child.stdin.end('GO\n'),
    stop: () => child.stdin.end(),
  }
}

/**
 * Starts a child and waits for READY. A child that dies while booting (before it has done any of the work
 * under test) is started again: once in several CI runs a loaded machine made `tsx` end a child with exit 13
 * (top-level await never settled) before it printed anything. Booting is not what these tests are about;
 * everything after READY counts and is never retried.
 */
export const startReadyChildInstance = async <Result>(
  script: string,
  args: string[],
  attemptsLeft = 5,
): Promise<ChildInstance<Result>> => {
  const instance = startChildInstance<Result>(script, args)
  try {
    await instance.ready
    return instance
  } catch (error) {
    instance.stop()
    if (attemptsLeft <= 1) throw error
    console.warn(`${script} died while booting; starting it again: ${String(error).slice(0, 500)}`)
    return startReadyChildInstance(script, args, attemptsLeft - 1)
  }
}

/** The child's side: says READY and waits for GO; throws when the test closes stdin instead (it gave up). */
export const waitForGo = async () => {
  const input = readline.createInterface({ input: process.stdin })
  console.log('READY')
  const [signal] = await Promise.race([once(input, 'line'), once(input, 'close').then(() => [null])])
  input.close()
  if (signal !== 'GO') throw new Error('stdin closed before GO')
}
