import type { ServerProps } from 'payload'

import type { ResolvedTimelinessOptions } from '../../types'

import { isOffice } from '../../access'
import { TimelinessNavLink } from './index.client'

/** Shown to the office only: everyone else would find a refusal behind it. */
export const TimelinessNav = ({
  user,
  timelinessOptions,
}: ServerProps & { timelinessOptions: ResolvedTimelinessOptions }) => (
  <TimelinessNavLink isShown={isOffice(timelinessOptions, user)} />
)
