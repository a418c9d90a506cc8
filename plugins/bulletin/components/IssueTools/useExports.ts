'use client'

import { useCallback, useEffect, useState } from 'react'

import { pollWhileRunning } from './pollWhileRunning'

export type ExportRecord = {
  id: number | string
  format: string
  status: string
  progress?: number | null
  url?: string | null
  filename?: string | null
  error?: string | null
}

/** How often, and how many times at most, the status is asked for while an export runs (about two minutes). */
export const POLL_INTERVAL_MS = 1500
export const MAX_POLLS = 80

const isRunning = (record: ExportRecord) => record.status === 'queued' || record.status === 'running'

/**
 * The issue's latest exports. Read once when the issue opens; while one of them is queued or running,
 * asked again every POLL_INTERVAL_MS, at most MAX_POLLS times (then `hasGivenUp`, and the user can
 * refresh); nothing at all while every export is finished.
 */
export const useExports = ({ api, issueId }: { api: string; issueId: number | string | undefined }) => {
  const [exports, setExports] = useState<ExportRecord[]>([])
  const [hasGivenUp, setHasGivenUp] = useState(false)
  // A new round of polling starts with every export started or refresh asked for.
  const [round, setRound] = useState(0)

  const load = useCallback(async (): Promise<ExportRecord[] | null> => {
    if (issueId === undefined || issueId === null) return null
    const response = await fetch(
      `${api}/bulletin-exports?where[issue][equals]=${issueId}&sort=-createdAt&limit=5&depth=0`,
      { credentials: 'include' },
    ).catch(() => null)
    if (!response?.ok) return null
    const { docs } = (await response.json()) as { docs: ExportRecord[] }
    setExports(docs)
    return docs
  }, [api, issueId])

  useEffect(() => {
    setHasGivenUp(false)
    return pollWhileRunning({
      load,
      isRunning: (docs) => docs.some(isRunning),
      intervalMs: POLL_INTERVAL_MS,
      maxPolls: MAX_POLLS,
      onGiveUp: () => setHasGivenUp(true),
    })
  }, [load, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  return { exports, hasGivenUp, refresh }
}
