import type { Payload } from 'payload'

export type SeedArgs = { payload: Payload; log: (message: string) => void; onlyIfEmpty?: boolean }

export const seedDemoData = async ({ log }: SeedArgs): Promise<void> => {
  log('seed: nothing yet')
}
