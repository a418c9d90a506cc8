import { describe, expect, it } from 'vitest'

import { actionLabels, labelOfCode, stageLabels } from './codeLabels'
import { bulletinWorkflow, defaultWorkflow } from './workflows'

describe('audit log code labels', () => {
  const actions = actionLabels([defaultWorkflow, bulletinWorkflow])

  it('should label an action by the stage it was taken in', () => {
    expect(labelOfCode({ labels: actions, code: 'approve', context: 'review' })).toEqual({
      zh: '审核通过',
      en: 'Approve',
    })
    expect(labelOfCode({ labels: actions, code: 'approve', context: 'signoff' })).toEqual({
      zh: '签发',
      en: 'Sign off',
    })
  })

  it('should label the actions the plugin records itself', () => {
    expect(labelOfCode({ labels: actions, code: 'scheduledPublish' })).toEqual({
      zh: '定时发布',
      en: 'Published on schedule',
    })
  })

  it('should label stages and fall back to the code for an unknown one', () => {
    const stages = stageLabels([defaultWorkflow])
    expect(labelOfCode({ labels: stages, code: 'secrecy' })).toEqual({ zh: '保密审查', en: 'Secrecy review' })
    expect(labelOfCode({ labels: stages, code: 'gone' })).toBe('gone')
  })
})
