import type { Payload, Where } from 'payload'

import { cacheTags } from '../../../../plugins/portal-publishing/exports/site'
import { cached } from './cached'
import { type EntryPage, listEntries } from './entries'
import { portalPayload } from './payload'

export const LIBRARY_PAGE_SIZE = 20

export type PolicyFilter = { level?: string; validity?: string; page?: number }

/** 政策文件库: policies by level (效力级别) and validity (有效性). */
export const loadPolicies = ({ payload, filter }: { payload: Payload; filter: PolicyFilter }): Promise<EntryPage> => {
  const and: Where[] = []
  if (filter.level) and.push({ level: { equals: filter.level } })
  if (filter.validity) and.push({ validity: { equals: filter.validity } })
  return listEntries({
    payload,
    collection: 'policies',
    where: { and },
    page: filter.page ?? 1,
    limit: LIBRARY_PAGE_SIZE,
  })
}

export const getPolicies = (filter: PolicyFilter) =>
  cached({
    key: 'policies',
    input: filter,
    tags: [cacheTags.list('policies')],
    load: async () => loadPolicies({ payload: await portalPayload(), filter }),
  })

export type ServiceFilter = { serviceType?: string; institution?: number; page?: number }

/** 办事服务: service guides by type and implementing body. */
export const loadServices = ({ payload, filter }: { payload: Payload; filter: ServiceFilter }): Promise<EntryPage> => {
  const and: Where[] = []
  if (filter.serviceType) and.push({ serviceType: { equals: filter.serviceType } })
  if (filter.institution) and.push({ institution: { equals: filter.institution } })
  return listEntries({
    payload,
    collection: 'approval-services',
    where: { and },
    page: filter.page ?? 1,
    limit: LIBRARY_PAGE_SIZE,
  })
}

export const getServices = (filter: ServiceFilter) =>
  cached({
    key: 'services',
    input: filter,
    tags: [cacheTags.list('approval-services')],
    load: async () => loadServices({ payload: await portalPayload(), filter }),
  })
