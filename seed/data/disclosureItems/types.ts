import type { DisclosureItem } from '../../../payload-types'
import type { GenreName, ServiceObjectName, ThemeName } from '../categories'
import type { InstitutionShortName } from '../institutions'

/** One catalogue entry as the data files write it; `disclosureItemSeeds` turns it into Payload data. */
export type ItemDefinition = {
  title: string
  institution: InstitutionShortName
  /** 生成日期, YYYY-MM-DD. */
  date: string
  documentNumber?: string
  theme: ThemeName
  genre: GenreName
  serviceObjects?: readonly ServiceObjectName[]
  keywords: readonly string[]
  paragraphs: readonly string[]
  validity?: NonNullable<DisclosureItem['validity']>
  /** 主动公开 unless stated; 不予公开 needs the legal reason. */
  disclosure?: { method: 'on-request' } | { method: 'not-disclosed'; reason: string }
  isDraft?: boolean
  /** Title of the policy this item explains (政策解读). */
  interprets?: string
  /** Title of the earlier item this one supersedes. */
  supersedes?: string
}
