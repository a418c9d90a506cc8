'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Starts the backfill task from the settings screen; the progress fields above refresh with the page. */
export const StartBackfillButton = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [message, setMessage] = useState<string>()
  const isChinese = i18n.language === 'zh'

  const start = async () => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/catalogue/backfill`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json()) as { jobId?: string; errors?: Array<{ message: string }> }
    setMessage(
      response.ok
        ? isChinese
          ? `已开始（任务 ${body.jobId}），刷新页面查看进度。`
          : `Started (job ${body.jobId}); refresh to see progress.`
        : (body.errors?.[0]?.message ?? String(response.status)),
    )
    router.refresh()
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" onClick={() => void start()} size="small">
        {isChinese ? '开始补发索引号' : 'Start backfill'}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
