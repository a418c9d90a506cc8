import { describe, expect, it } from 'vitest'

import type { Workflow } from '../../types'

import { resolveOptions } from '../../defaults'
import { defaultWorkflow, shortWorkflow } from '../../workflows'
import { firstStageSlugs, isWaitingStage, waitingStageSlugs, workflowsOf } from './todoStages'

const stage = (workflow: Workflow, slug: string) => workflow.stages.find((candidate) => candidate.slug === slug)!

describe('isWaitingStage', () => {
  it('should count the review stages of the default chain as waiting for someone', () => {
    for (const slug of ['review', 'secrecy', 'signoff'])
      expect(isWaitingStage(defaultWorkflow, stage(defaultWorkflow, slug)), slug).toBe(true)
  })

  it('should not count the draft, nor resting stages whose only way out leads back to the draft', () => {
    for (const slug of ['draft', 'published', 'withheld'])
      expect(isWaitingStage(defaultWorkflow, stage(defaultWorkflow, slug)), slug).toBe(false)
  })
})

describe('waitingStageSlugs', () => {
  it('should join the stages of every workflow a collection can follow, once each', () => {
    const options = resolveOptions({
      workflows: [defaultWorkflow, shortWorkflow],
      collections: { officials: 'short', policies: 'default' },
      institutionWorkflows: { '7': { officials: 'default' } },
    })
    expect(workflowsOf(options, 'officials').map((workflow) => workflow.slug)).toEqual(['short', 'default'])
    expect(waitingStageSlugs(options, 'officials').sort()).toEqual(waitingStageSlugs(options, 'policies').sort())
    expect(
      waitingStageSlugs(
        resolveOptions({ workflows: [shortWorkflow], collections: { officials: 'short' } }),
        'officials',
      ),
    ).not.toContain('secrecy')
    expect(firstStageSlugs(options, 'officials')).toEqual(['draft'])
  })
})
