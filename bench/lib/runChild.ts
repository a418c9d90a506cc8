import { spawn } from 'node:child_process'

type RunChildArgs = {
  rootDir: string
  /** A TypeScript file, run with tsx. */
  script: string
  args?: string[]
  /** Added to this process's environment. */
  env: Record<string, string>
}

type Outcome = { code: null | number; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Node's exit code when the entry module's evaluation never settled: here, module loading stalled. */
const UNSETTLED_TOP_LEVEL_AWAIT = 13

const spawnOnce = ({ rootDir, script, args = [], env }: RunChildArgs): Promise<Outcome> =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], {
      cwd: rootDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

/**
 * Runs `npx tsx <script>` to the end and returns its stdout. A failing child fails the run, with its
 * output shown. Measurements run in children because Payload reads its config (and so the plugin
 * switches) once per process.
 *
 * A child that exits with code 13 before printing anything never finished loading its modules, so
 * measured nothing; seen now and then on a busy shared machine. It is retried once, and said so.
 */
export const runChild = async (args: RunChildArgs): Promise<string> => {
  let outcome = await spawnOnce(args)
  if (outcome.code === UNSETTLED_TOP_LEVEL_AWAIT && outcome.stdout === '' && outcome.stderr === '') {
    console.warn(`[bench] ${args.script} stopped while loading (exit 13, no output); running it again`)
    outcome = await spawnOnce(args)
  }
  const { code, signal, stdout, stderr } = outcome
  if (code === 0) return stdout
  throw new Error(
    `${args.script} ${(args.args ?? []).join(' ')} failed (${signal ?? `exit ${code}`}):\n${stdout}\n${stderr}`,
  )
}

/** The last line of a child's stdout that is a JSON object: its result (Payload may log before it). */
export const lastJsonLine = <T>(stdout: string): T => {
  const line = stdout
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text.startsWith('{'))
    .at(-1)
  if (!line) throw new Error(`no JSON result in the output:\n${stdout}`)
  return JSON.parse(line) as T
}
