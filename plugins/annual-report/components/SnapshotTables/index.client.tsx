'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * 重新计算: tables 二 and 三 computed again from today's policies and requests. An inconsistent table 三 is refused
 * with the cell named; the message is shown as the server words it.
 */
export const RecomputeButton = ({ id }: { id: number }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [message, setMessage] = useState<string>()
  const isChinese = i18n.language !== 'en'

  const recompute = async () => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/annual-reports/${id}/recompute`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': isChinese ? 'zh' : 'en' },
    })
    if (response.ok) {
      // The form holds the values it loaded: reload to show the new tables.
      window.location.reload()
      return
    }
    const body = (await response.json()) as {
      errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
    }
    const error = body.errors?.[0]
    setMessage(error?.data?.errors?.[0]?.message ?? error?.message ?? String(response.status))
  }

  return (
    <div>
      <Button buttonStyle="secondary" onClick={() => void recompute()} size="small">
        {isChinese ? '重新计算表二、表三' : 'Recompute tables 二 and 三'}
      </Button>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}
