import type { Metadata } from 'next'

import { Breadcrumbs } from '../_components/Breadcrumbs'
import { InstitutionLinks } from '../_components/InstitutionLinks'
import { getInstitutionTree } from '../_data/institutions'

export const metadata: Metadata = { title: '机构职能' }
export const dynamic = 'force-dynamic'

export default async function InstitutionsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '机构职能' }]} />
      <h1>机构职能</h1>
      <p>本级人民政府及其工作部门、乡镇街道的职能、领导和联系方式。</p>
      <InstitutionLinks nodes={await getInstitutionTree()} path="/institutions" />
    </>
  )
}
