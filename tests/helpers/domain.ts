import { ApprovalServices } from '../../collections/ApprovalServices'
import { Categories } from '../../collections/Categories'
import { DisclosureItems } from '../../collections/DisclosureItems'
import { withInputChecks } from '../../collections/hooks/rejectMalformedInput'
import { Institutions } from '../../collections/Institutions'
import { Media } from '../../collections/Media'
import { Officials } from '../../collections/Officials'
import { Policies } from '../../collections/Policies'
import { Users } from '../../collections/Users'

/**
 * The domain's collections as payload.config.ts lists them, with its input checks: a suite's config starts from
 * these (their relationships point at each other, so they come as one).
 */
export const domainCollections = () =>
  [DisclosureItems, Policies, ApprovalServices, Officials, Institutions, Categories, Media, Users].map(withInputChecks)

/** The collections that get index numbers, as payload.config.ts configures catalogue numbering. */
export const NUMBERED_COLLECTIONS = ['disclosure-items', 'policies', 'approval-services'] as const
