'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { say } from '../shared/labels'

export const TODO_PATH = '/todo'

/** First entry of the admin navigation: the to-do list of the signed-in reviewer or editor. */
export const TodoNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const href = `${config.routes.admin}${TODO_PATH}`
  const isActive = pathname === href
  return (
    <Link
      className="nav__link"
      href={href}
      id="nav-workflow-todo"
      prefetch={false}
      style={{ marginBottom: 'var(--base)' }}
    >
      {isActive ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{say('todo', i18n.language)}</span>
    </Link>
  )
}
