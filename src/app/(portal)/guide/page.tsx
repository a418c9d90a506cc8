import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { InstitutionLinks } from '../_components/InstitutionLinks'
import { getInstitutionTree } from '../_data/institutions'

export const metadata: Metadata = { title: '政府信息公开指南' }
export const dynamic = 'force-dynamic'

/** 公开指南 (条例 Art. 12): each institution keeps its own; choose one. */
export default async function GuideIndexPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '公开指南' }]} />
      <h1>政府信息公开指南</h1>
      <p>各机构的公开指南说明主动公开的范围、依申请公开的办理方式、办公地址、时间和电话。</p>
      <InstitutionLinks nodes={await getInstitutionTree()} path="/guide" />
    </>
  )
}
