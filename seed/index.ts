import type { CollectionSlug, Payload } from 'payload'

import type { PolicyLinks } from './data/policies'
import type { Refs } from './refs'
import type { UpsertArgs, UpsertResult } from './upsert'

import { slugs } from '../collections/slugs'
import { assertClean } from './assertClean'
import { serviceImplementationCodes, serviceSeeds } from './data/approvalServices'
import { categoryKey, categorySeeds } from './data/categories'
import { disclosureItemSeed, hasLinks, itemDefinitions, itemKey } from './data/disclosureItems'
import { disclosureRequests, disclosureRequestSeed } from './data/disclosureRequests'
import { departmentSeeds, governmentSeed } from './data/institutions'
import { officialKey, officialSeeds } from './data/officials'
import { policies, policySeed } from './data/policies'
import { sensitiveWordSeeds, sensitiveWordTerms } from './data/sensitiveWords'
import { demoPassword, demoUsers, userSeeds } from './data/users'
import { withSeedLock } from './lock'
import { createRefs } from './refs'
import { seedSiteSettings } from './siteSettings'
import { upsertAll } from './upsert'
import { seedWorkingCalendar } from './workingCalendar'

export type SeedArgs = { payload: Payload; log: (message: string) => void; onlyIfEmpty?: boolean }

type Save = <TSlug extends CollectionSlug>(
  label: string,
  args: Omit<UpsertArgs<TSlug>, 'payload' | 'onProgress'>,
) => Promise<UpsertResult>

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)

/** A policy can only point to the one it replaces once that one is saved: policies go in rounds. */
const savePolicies = async (save: Save, refs: Refs, interpretationIds: PolicyLinks['interpretationIds']) => {
  const policyIds = new Map<string, number>()
  let pending = [...policies]
  for (let round = 1; pending.length > 0; round++) {
    const ready = pending.filter((policy) => policy.replaces === undefined || policyIds.has(policy.replaces))
    if (ready.length === 0)
      throw new Error(
        `seed: these policies replace each other in a cycle: ${pending.map(({ title }) => title).join(', ')}`,
      )
    const seeds = ready.map((policy) => policySeed(policy, refs, { policyIds, interpretationIds }))
    const result = await save(`policies (round ${round})`, {
      collection: slugs.policies,
      seeds,
      existing: { title: { in: seeds.map(({ key }) => key) } },
      keyOf: (doc) => doc.title,
    })
    for (const [title, id] of result.ids) policyIds.set(title, id)
    pending = pending.filter((policy) => !policyIds.has(policy.title))
  }
  return policyIds
}

/**
 * Demo data for 扎兰屯市 built from its 2011 government information disclosure annual report:
 * the national taxonomies, the city's institutions and leaders, policies, service guides, 200
 * catalogue entries, a year (2025) of disclosure requests and one account per role. Safe to run again: documents are matched by natural
 * key and rewritten only when they differ.
 */
export const seedDemoData = async ({ payload, log, onlyIfEmpty = false }: SeedArgs): Promise<void> => {
  // Demo accounts share one printed password: a production database must never get them by accident.
  if (process.env.NODE_ENV === 'production' && process.env.SEED_ALLOW_PRODUCTION !== 'true') {
    throw new Error(
      'seed: refused with NODE_ENV=production — demo data and its accounts are for development only (SEED_ALLOW_PRODUCTION=true overrides)',
    )
  }
  // Emptiness is checked under the lock: an instance that waited finds the other's data and skips.
  await withSeedLock(payload, () => seedUnderLock({ payload, log, onlyIfEmpty }))
}

const seedUnderLock = async ({ payload, log, onlyIfEmpty }: Required<SeedArgs>): Promise<void> => {
  if (onlyIfEmpty) {
    const { totalDocs } = await payload.count({ collection: slugs.disclosureItems, overrideAccess: true })
    if (totalDocs > 0) {
      log('seed: skipped, the catalogue already has disclosure items')
      return
    }
  }
  const started = performance.now()

  const save: Save = async (label, args) => {
    assertClean(label, args.seeds)
    const result = await upsertAll({
      payload,
      ...args,
      onProgress: (done, total) => {
        if (total >= 100 && done % 50 === 0 && done < total) log(`seed: ${label} ${done}/${total}`)
      },
    })
    log(
      `seed: ${label} ${result.ids.size} (created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged})`,
    )
    return result
  }

  // The word list first, so every document below passes the content checks' publish gate against it. Not through
  // `save`: its regex check of the seed's own data would refuse the very words the list holds.
  const wordResult = await upsertAll({
    payload,
    collection: 'sensitive-words',
    seeds: sensitiveWordSeeds(),
    existing: { term: { in: sensitiveWordTerms() } },
    keyOf: (doc) => doc.term,
    // Each change queues a rescan unless one is waiting: one at a time, so only the first queues one.
    concurrency: 1,
  })
  log(`seed: sensitive words ${wordResult.ids.size} (created ${wordResult.created}, unchanged ${wordResult.unchanged})`)

  const categories = categorySeeds()
  const categoryResult = await save('categories', {
    collection: slugs.categories,
    seeds: categories,
    existing: { code: { in: categories.map(({ data }) => data.code) } },
    keyOf: (doc) => categoryKey(doc.kind, doc.code),
  })

  // The government first: the departments and townships name it as their parent.
  const government = governmentSeed()
  const governmentResult = await save('government', {
    collection: slugs.institutions,
    seeds: [government],
    existing: { name: { equals: government.key } },
    keyOf: (doc) => doc.name,
  })
  const departments = departmentSeeds(governmentResult.ids.get(government.key)!)
  const departmentResult = await save('institutions', {
    collection: slugs.institutions,
    seeds: departments,
    existing: { name: { in: departments.map(({ key }) => key) } },
    keyOf: (doc) => doc.name,
  })
  await seedSiteSettings(payload, log)
  await seedWorkingCalendar(payload, log)
  const refs = createRefs({
    categoryIds: categoryResult.ids,
    institutionIds: new Map([...governmentResult.ids, ...departmentResult.ids]),
  })

  const officials = officialSeeds(refs)
  await save('officials', {
    collection: slugs.officials,
    seeds: officials,
    existing: { name: { in: officials.map(({ data }) => data.name) } },
    keyOf: (doc) => officialKey(doc.name, idOf(doc.institution)),
  })

  // Items first, without links; then the policies, which list their interpretations; then the items' links.
  const items = itemDefinitions()
  const itemSeeds = items.map((item) => disclosureItemSeed(item, refs))
  const itemTitles = { title: { in: items.map(({ title }) => title) } }
  const itemKeyOf = (doc: { title: string; dateMade?: string | null }) => itemKey(doc.title, doc.dateMade ?? '')
  const itemResult = await save('disclosure items', {
    collection: slugs.disclosureItems,
    seeds: itemSeeds,
    existing: itemTitles,
    keyOf: itemKeyOf,
  })
  const itemIds = new Map(items.map((item, i) => [item.title, itemResult.ids.get(itemSeeds[i]!.key)!]))
  const interpretationIds = new Map<string, number[]>()
  for (const { title, interprets } of items) {
    if (interprets)
      interpretationIds.set(interprets, [...(interpretationIds.get(interprets) ?? []), itemIds.get(title)!])
  }
  const policyIds = await savePolicies(save, refs, interpretationIds)
  await save('disclosure item links', {
    collection: slugs.disclosureItems,
    seeds: items.filter(hasLinks).map((item) => disclosureItemSeed(item, refs, { policyIds, itemIds })),
    existing: itemTitles,
    keyOf: itemKeyOf,
  })

  await save('approval services', {
    collection: slugs.approvalServices,
    seeds: serviceSeeds(refs),
    existing: { implementationCode: { in: serviceImplementationCodes() } },
    keyOf: (doc) => doc.implementationCode ?? '',
  })

  // A year of requests (2025) whose annual report can be checked by hand (seed/data/disclosureRequests.ts).
  await save('disclosure requests', {
    collection: 'disclosure-requests',
    seeds: disclosureRequests.map((request) => disclosureRequestSeed(request, refs)),
    existing: { requestedInformation: { in: disclosureRequests.map(({ asks }) => asks) } },
    keyOf: (doc) => doc.requestedInformation,
  })

  const { password, isFromEnvironment } = demoPassword()
  await save('users', {
    collection: slugs.users,
    seeds: userSeeds(refs, password),
    existing: { email: { in: demoUsers.map(({ email }) => email) } },
    keyOf: (doc) => doc.email,
    // The users hook makes the first account of a database admin by counting accounts: one at a time.
    concurrency: 1,
  })

  log(`seed: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  log(`seed: demo logins ${demoUsers.map(({ email, role }) => `${email} (${role})`).join(', ')}`)
  // A password chosen through the environment stays out of the logs.
  log(
    `seed: demo password for accounts the seed created: ${isFromEnvironment ? 'the value of SEED_PASSWORD' : password}`,
  )
}
