'use client'

import { useEffect, useState } from 'react'

/**
 * 打印: the one control on the portal that needs JavaScript. Server-rendered hidden and shown once the
 * page's script runs, so readers without JavaScript never meet a button that does nothing; they keep
 * the hint beside it (the browser's print, Ctrl+P, uses the same print stylesheet).
 */
export function PrintButton() {
  const [isReady, setIsReady] = useState(false)
  useEffect(() => setIsReady(true), [])
  return (
    <button type="button" className="print-button no-print" hidden={!isReady} onClick={() => window.print()}>
      打印本页
    </button>
  )
}
