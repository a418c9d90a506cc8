import { describe, expect, it } from 'vitest'

import {
  actionsFor,
  canActIn,
  decideAction,
  firstStageOf,
  isUnderReview,
  publishedStageOf,
  stageOf,
  workflowProblems,
} from './workflow'
import { defaultWorkflow, policyWorkflow, shortWorkflow } from './workflows'

const user = (roles: string[], institutions: number[] = [1]) => ({ id: 1, roles, institutions })
const now = new Date('2026-03-02T08:00:00Z')
const allFields = new Set([
  'secrecyDecision',
  'secrecyLegalBasis',
  'disclosureMethod',
  'nondisclosureReason',
  'scheduledPublishAt',
])

const decide = (
  stageSlug: string,
  roles: string[],
  request: { action: string; comment?: string; data?: Record<string, unknown> },
  recorded = {},
  institutions = [1],
) =>
  decideAction({
    workflow: defaultWorkflow,
    stageSlug,
    user: user(roles, institutions),
    institutionId: 1,
    request: { data: {}, ...request },
    recorded,
    availableFields: allFields,
    now,
  })

describe('the default workflow', () => {
  it('should be well formed, as should the short and policy ones', () => {
    expect(workflowProblems(defaultWorkflow)).toEqual([])
    expect(workflowProblems(shortWorkflow)).toEqual([])
    expect(workflowProblems(policyWorkflow)).toEqual([])
  })

  it('should start in draft and publish into published', () => {
    expect(firstStageOf(defaultWorkflow).slug).toBe('draft')
    expect(publishedStageOf(defaultWorkflow)).toBe('published')
  })

  it('should count the review stages and the waiting one as under review, not draft, published or withheld', () => {
    expect(
      ['draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withheld'].filter((slug) =>
        isUnderReview(defaultWorkflow, slug),
      ),
    ).toEqual(['review', 'secrecy', 'signoff', 'scheduled'])
  })

  it('should read an unknown stage as the first', () => {
    expect(stageOf(defaultWorkflow, 'nonsense').slug).toBe('draft')
  })
})

describe('who may act', () => {
  it('should let a role act in its stage only for its own institution, and the office anywhere it is listed', () => {
    const review = stageOf(defaultWorkflow, 'review')
    expect(canActIn({ stage: review, user: user(['reviewer']), institutionId: 1 })).toBe(true)
    expect(canActIn({ stage: review, user: user(['reviewer'], [2]), institutionId: 1 })).toBe(false)
    expect(canActIn({ stage: review, user: user(['editor']), institutionId: 1 })).toBe(false)
    expect(canActIn({ stage: review, user: user(['admin']), institutionId: 1 })).toBe(false)
    expect(
      canActIn({ stage: stageOf(defaultWorkflow, 'draft'), user: user(['disclosure-office'], []), institutionId: 1 }),
    ).toBe(true)
  })

  it('should offer no actions to someone who may not act', () => {
    expect(
      actionsFor({ workflow: defaultWorkflow, stageSlug: 'signoff', user: user(['reviewer']), institutionId: 1 }),
    ).toEqual([])
    expect(
      actionsFor({ workflow: defaultWorkflow, stageSlug: 'signoff', user: user(['signer']), institutionId: 1 }).map(
        (action) => action.action,
      ),
    ).toEqual(['approve', 'withhold', 'sendBack'])
  })
})

describe('acting in place of a stranded stage’s people', () => {
  const takeover = (roles: string[], isStranded: boolean, comment?: string) =>
    decideAction({
      workflow: defaultWorkflow,
      stageSlug: 'signoff',
      user: user(roles, []),
      institutionId: 1,
      request: { action: 'approve', comment, data: { disclosureMethod: 'proactive' } },
      recorded: {},
      availableFields: allFields,
      now,
      isStranded,
    })

  it('should let the office and admins act, with a reason, only where nobody else can', () => {
    expect(takeover(['disclosure-office'], true, '签发人调离')).toMatchObject({
      isAllowed: true,
      isTakeover: true,
      to: 'published',
    })
    expect(takeover(['admin'], true, '签发人调离')).toMatchObject({ isAllowed: true, isTakeover: true })
    expect(takeover(['disclosure-office'], true, ' ')).toMatchObject({
      isAllowed: false,
      status: 400,
      field: 'comment',
    })
    expect(takeover(['disclosure-office'], false, '签发人调离')).toMatchObject({ isAllowed: false, status: 403 })
    expect(takeover(['reviewer', 'editor', 'secrecy-reviewer'], true, '签发人调离')).toMatchObject({
      isAllowed: false,
      status: 403,
    })
  })

  it('should offer the stage’s actions to the office, each needing a reason, and mark the stage’s own people as no takeover', () => {
    const offered = actionsFor({
      workflow: defaultWorkflow,
      stageSlug: 'signoff',
      user: user(['disclosure-office'], []),
      institutionId: 1,
      isStranded: true,
    })
    expect(offered.map((action) => [action.action, action.requiresComment])).toEqual([
      ['approve', true],
      ['withhold', true],
      ['sendBack', true],
    ])
    expect(decide('signoff', ['signer'], { action: 'approve', data: { disclosureMethod: 'proactive' } })).toMatchObject(
      { isAllowed: true, isTakeover: false },
    )
  })
})

describe('deciding an action', () => {
  it('should answer 400 for an action the stage does not have, before asking who acts', () => {
    expect(decide('review', ['editor'], { action: 'publish' })).toMatchObject({
      isAllowed: false,
      status: 400,
      field: 'action',
    })
  })

  it('should answer 403 for an action of the stage the user may not take', () => {
    expect(decide('review', ['editor'], { action: 'approve' })).toMatchObject({ isAllowed: false, status: 403 })
  })

  it('should require a reason to send back', () => {
    expect(decide('review', ['reviewer'], { action: 'sendBack', comment: '  ' })).toMatchObject({
      isAllowed: false,
      status: 400,
      field: 'comment',
    })
    expect(decide('review', ['reviewer'], { action: 'sendBack', comment: '缺附件' })).toMatchObject({
      isAllowed: true,
      to: 'draft',
    })
  })

  it('should require the secrecy decision among its options, with the legal basis', () => {
    expect(
      decide('secrecy', ['secrecy-reviewer'], { action: 'approve', data: { secrecyLegalBasis: 'x' } }),
    ).toMatchObject({ status: 400, field: 'secrecyDecision' })
    expect(
      decide('secrecy', ['secrecy-reviewer'], {
        action: 'approve',
        data: { secrecyDecision: 'referral', secrecyLegalBasis: 'x' },
      }),
    ).toMatchObject({ status: 400, field: 'secrecyDecision' })
    expect(
      decide('secrecy', ['secrecy-reviewer'], {
        action: 'approve',
        data: { secrecyDecision: 'public', secrecyLegalBasis: 'x' },
      }),
    ).toMatchObject({ isAllowed: true, to: 'signoff', data: { secrecyDecision: 'public', secrecyLegalBasis: 'x' } })
  })

  it('should block signing off what the secrecy review found exempt', () => {
    expect(
      decide(
        'signoff',
        ['signer'],
        { action: 'approve', data: { disclosureMethod: 'proactive' } },
        { secrecyDecision: 'exempt' },
      ),
    ).toMatchObject({ isAllowed: false, status: 400, field: 'secrecyDecision' })
  })

  it('should publish now, or wait in the scheduled stage for a future time', () => {
    expect(decide('signoff', ['signer'], { action: 'approve', data: { disclosureMethod: 'proactive' } })).toMatchObject(
      { isAllowed: true, to: 'published', isScheduled: false },
    )
    expect(
      decide('signoff', ['signer'], {
        action: 'approve',
        data: { disclosureMethod: 'proactive', scheduledPublishAt: '2026-03-02T07:00:00Z' },
      }),
    ).toMatchObject({ to: 'published', isScheduled: false })
    expect(
      decide('signoff', ['signer'], {
        action: 'approve',
        data: { disclosureMethod: 'proactive', scheduledPublishAt: '2026-03-03T00:00:00Z' },
      }),
    ).toMatchObject({ to: 'scheduled', isScheduled: true })
    expect(
      decide('signoff', ['signer'], {
        action: 'approve',
        data: { disclosureMethod: 'proactive', scheduledPublishAt: 'soon' },
      }),
    ).toMatchObject({ status: 400, field: 'scheduledPublishAt' })
  })

  it('should skip stage data the collection does not have (officials have no disclosure method)', () => {
    const decision = decideAction({
      workflow: shortWorkflow,
      stageSlug: 'signoff',
      user: user(['signer']),
      institutionId: 1,
      request: { action: 'approve', data: {} },
      recorded: {},
      availableFields: new Set(['scheduledPublishAt']),
      now,
    })
    expect(decision).toMatchObject({ isAllowed: true, to: 'published' })
  })
})

describe('configuration problems', () => {
  it('should name an action leading nowhere and a workflow that never publishes', () => {
    const broken = {
      ...defaultWorkflow,
      slug: 'broken',
      stages: [
        {
          slug: 'draft',
          label: { zh: '草稿', en: 'Draft' },
          roles: [],
          actions: [{ action: 'submit', label: { zh: '提交', en: 'Submit' }, to: 'nowhere' }],
        },
      ],
    }
    expect(workflowProblems(broken)).toEqual([
      'workflow "broken" has no action with effect "publish"',
      'workflow "broken": action "submit" of "draft" leads to unknown stage "nowhere"',
    ])
  })
})
