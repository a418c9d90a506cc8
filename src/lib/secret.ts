import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. Without one in the environment, a random one is made once and kept
 * beside the embedded database, so sessions survive restarts of `npm run dev` and `npm start`.
 */
export const ensurePayloadSecret = async (rootDir: string): Promise<string> => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(rootDir, '.data', 'payload-secret')
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch {
    const secret = crypto.randomBytes(32).toString('hex')
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, secret, { mode: 0o600 })
    return secret
  }
}
