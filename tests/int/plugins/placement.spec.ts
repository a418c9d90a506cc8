import type { Config, Plugin } from 'payload'

import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { ApprovalServices } from '../../../collections/ApprovalServices'
import { Categories } from '../../../collections/Categories'
import { DisclosureItems } from '../../../collections/DisclosureItems'
import { Institutions } from '../../../collections/Institutions'
import { Officials } from '../../../collections/Officials'
import { Policies } from '../../../collections/Policies'
import { SiteSettings } from '../../../globals/SiteSettings'
import { bulletin } from '../../../plugins/bulletin'
import { catalogueNumbering } from '../../../plugins/catalogue-numbering'
import { contentSecurity } from '../../../plugins/content-security'
import { readerLanguage } from '../../../plugins/language'
import { portalPublishing } from '../../../plugins/portal-publishing'
import { bulletinWorkflow, defaultWorkflow, workflowApproval } from '../../../plugins/workflow-approval'

/** The domain as payload.config.ts composes it, without a database: plugins run before anything connects. */
const domain = (plugins: Plugin[]): Config => ({
  collections: [DisclosureItems, Policies, ApprovalServices, Officials, Institutions, Categories],
  globals: [SiteSettings],
  secret: 'placement-test',
  db: {} as never,
  plugins,
})

const numbering = () => catalogueNumbering({ collections: ['disclosure-items', 'policies'] })
const workflow = () =>
  workflowApproval({
    workflows: [defaultWorkflow, bulletinWorkflow],
    collections: { 'disclosure-items': 'default', 'bulletin-issues': 'bulletin' },
  })
const portal = () => portalPublishing({ collections: ['disclosure-items', 'policies'] })

describe('plugin placement checked at boot', () => {
  it('should accept the order payload.config.ts uses', () => {
    const plugins = [numbering(), bulletin(), workflow(), portal(), readerLanguage()]
    const config = plugins.reduce<Config>((built, plugin) => plugin(built) as Config, domain([]))
    expect(config.collections?.map((collection) => collection.slug)).toContain('bulletin-issues')
  })

  it('should refuse workflowApproval placed before bulletin(), naming the collection it would leave without a review chain', async () => {
    await expect(
      buildConfig(domain([numbering(), workflow(), bulletin(), portal(), readerLanguage()])),
    ).rejects.toThrow(
      /^workflowApproval: collection "bulletin-issues" named in its options is not in the config: add it to `collections`, or place the plugin that adds it before workflowApproval\(\)/,
    )
  })

  it('should refuse contentSecurity placed after catalogueNumbering(), whose number would come before its gate', async () => {
    const security = () => contentSecurity({ collections: { 'disclosure-items': {} } })
    await expect(
      buildConfig(domain([numbering(), security(), bulletin(), workflow(), readerLanguage()])),
    ).rejects.toThrow(/^contentSecurity: it must come before catalogueNumbering\(\)/)
    await expect(
      buildConfig(domain([numbering(), bulletin(), workflow(), security(), readerLanguage()])),
    ).rejects.toThrow(/^contentSecurity: it must come before catalogueNumbering\(\), workflowApproval\(\)/)
    const config = [security(), numbering(), bulletin(), workflow()].reduce<Config>(
      (built, plugin) => plugin(built) as Config,
      domain([]),
    )
    expect(config.collections?.map((collection) => collection.slug)).toContain('content-findings')
  })

  it('should refuse a plugin placed after readerLanguage(), which must be last', async () => {
    await expect(
      buildConfig(domain([numbering(), bulletin(), workflow(), readerLanguage(), portal()])),
    ).rejects.toThrow(/^portalPublishing: it must come before readerLanguage\(\), which must be the last plugin/)
  })

  it('should refuse a plugin configured for a collection the config does not have', () => {
    expect(() =>
      catalogueNumbering({ collections: ['disclosure-items', 'press-releases' as never] })(domain([])),
    ).toThrow(/^catalogueNumbering: collection "press-releases" named in its options is not in the config/)
    expect(() => bulletin({ sources: ['press-releases' as never] })(domain([]))).toThrow(
      /^bulletin: collection "press-releases"/,
    )
    expect(() => portalPublishing({ collections: ['press-releases' as never] })(domain([]))).toThrow(
      /^portalPublishing: collection "press-releases"/,
    )
  })
})
