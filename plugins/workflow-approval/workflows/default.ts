import type { Workflow } from '../types'

import { bilingual } from '../../../src/lib/platform/labels'
import { sendBack } from './sendBack'

/**
 * 草稿 → 科室审核 → 保密审查 → 领导签发 → 已发布, the chain the regulation asks for ("先审查后发布").
 * 免于公开 from the secrecy review and 不予公开 at sign-off end in 不予公开 (withheld), never published.
 */
export const defaultWorkflow: Workflow = {
  slug: 'default',
  label: bilingual('标准审核流程', 'Standard review'),
  stages: [
    {
      slug: 'draft',
      label: bilingual('草稿', 'Draft'),
      roles: ['editor', 'reviewer', 'disclosure-office'],
      actions: [{ action: 'submit', label: bilingual('提交审核', 'Submit for review'), to: 'review' }],
    },
    {
      slug: 'review',
      label: bilingual('科室审核', 'Department review'),
      roles: ['reviewer'],
      actions: [{ action: 'approve', label: bilingual('审核通过', 'Approve'), to: 'secrecy' }, sendBack()],
    },
    {
      slug: 'secrecy',
      label: bilingual('保密审查', 'Secrecy review'),
      roles: ['secrecy-reviewer'],
      actions: [
        {
          action: 'approve',
          label: bilingual('审查通过', 'Clear'),
          to: 'signoff',
          fields: [
            { name: 'secrecyDecision', required: true, options: ['public', 'exempt'] },
            { name: 'secrecyLegalBasis', required: true },
          ],
        },
        {
          action: 'refer',
          label: bilingual('需报审', 'Refer for approval'),
          to: 'secrecy',
          requiresComment: true,
          fields: [
            { name: 'secrecyDecision', required: true, options: ['referral'] },
            { name: 'secrecyLegalBasis', required: true },
          ],
        },
        sendBack(),
      ],
    },
    {
      slug: 'signoff',
      label: bilingual('领导签发', 'Sign-off'),
      roles: ['signer'],
      actions: [
        {
          action: 'approve',
          label: bilingual('签发', 'Sign off'),
          to: 'published',
          effect: 'publish',
          scheduledStage: 'scheduled',
          blockedWhen: [
            {
              field: 'secrecyDecision',
              values: ['exempt'],
              message: bilingual(
                '保密审查结论为免于公开，只能不予公开',
                'the secrecy review found it exempt: it can only be withheld',
              ),
            },
          ],
          fields: [
            { name: 'disclosureMethod', required: true, options: ['proactive', 'on-request'] },
            { name: 'scheduledPublishAt' },
          ],
        },
        {
          action: 'withhold',
          label: bilingual('不予公开', 'Withhold'),
          to: 'withheld',
          requiresComment: true,
          fields: [{ name: 'nondisclosureReason', required: true }],
        },
        sendBack(),
      ],
    },
    {
      slug: 'scheduled',
      label: bilingual('待发布', 'Scheduled'),
      roles: ['signer'],
      actions: [
        {
          action: 'cancelSchedule',
          label: bilingual('取消定时发布', 'Cancel scheduled publication'),
          to: 'signoff',
          requiresComment: true,
        },
      ],
    },
    {
      slug: 'published',
      label: bilingual('已发布', 'Published'),
      roles: ['signer', 'disclosure-office'],
      actions: [
        {
          action: 'withdraw',
          label: bilingual('撤回', 'Withdraw'),
          to: 'draft',
          requiresComment: true,
          effect: 'unpublish',
        },
      ],
    },
    {
      slug: 'withheld',
      label: bilingual('不予公开', 'Withheld'),
      roles: ['signer'],
      // Closed, not waiting for anyone: edits change nothing public, and nobody is notified.
      isReview: false,
      actions: [{ action: 'reopen', label: bilingual('重新办理', 'Reopen'), to: 'draft', requiresComment: true }],
    },
  ],
}
