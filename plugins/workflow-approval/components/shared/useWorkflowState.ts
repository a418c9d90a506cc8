'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowState } from '../../workflowState'
import type { ApiErrorBody } from './types'

export const useWorkflowUrl = (collectionSlug: string | undefined, id: number | string | undefined) => {
  const { config } = useConfig()
  if (!collectionSlug || id === undefined || id === null || id === '') return undefined
  return `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}/workflow`
}

/** The document's workflow state from the API (an action reloads the page, and with it this). */
export const useWorkflowState = (url: string | undefined) => {
  const [state, setState] = useState<WorkflowState>()
  const [error, setError] = useState<string>()

  const load = useCallback(async () => {
    if (!url) return
    try {
      const response = await fetch(url, { credentials: 'include' })
      const body = (await response.json()) as WorkflowState & ApiErrorBody
      if (response.ok) {
        setState(body)
        setError(undefined)
      } else setError(body.errors?.[0]?.message ?? String(response.status))
    } catch (err) {
      setError((err as Error).message)
    }
  }, [url])

  useEffect(() => {
    void load()
  }, [load])

  return { state, error }
}
