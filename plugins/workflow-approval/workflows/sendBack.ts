import { bilingual } from '../../../src/lib/platform/labels'

/** The send-back action every review stage offers: a reason required. */
export const sendBack = (to = 'draft') => ({
  action: 'sendBack',
  label: bilingual('退回', 'Send back'),
  to,
  requiresComment: true,
})
