'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { DASHBOARD_PATH } from '../../constants'
import { say } from '../../labels'

/** The dashboard's link in the admin navigation, for the disclosure office (the server passes whether to show it). */
export const TimelinessNavLink = ({ isShown }: { isShown?: boolean }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!isShown) return null
  const href = `${config.routes.admin}${DASHBOARD_PATH}`
  return (
    <Link
      className="nav__link"
      href={href}
      id="nav-timeliness"
      prefetch={false}
      style={{ marginBottom: 'var(--base)' }}
    >
      {pathname === href ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{say('dashboard', i18n.language)}</span>
    </Link>
  )
}
