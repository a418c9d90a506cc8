import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { RichTextBody } from '../../_components/RichTextBody'
import { idPage, type IdPageProps, noStaticParams } from '../../_data/idPage'
import { getInstitution } from '../../_data/institution'

const page = idPage({
  get: getInstitution,
  title: ({ institution }) => `${String(institution.name)}政府信息公开指南`,
})

export const generateStaticParams = noStaticParams
export const dynamicParams = true
export const generateMetadata = page.generateMetadata

/** One institution's 公开指南, with its contacts beside it (how and where to ask). */
export default async function GuidePage(props: IdPageProps) {
  const { institution } = await page.loadOrNotFound(props)
  return (
    <>
      <Breadcrumbs trail={[{ label: '公开指南', href: '/guide' }, { label: String(institution.name) }]} />
      <h1>{String(institution.name)}政府信息公开指南</h1>
      {institution.disclosureGuide ? (
        <RichTextBody value={institution.disclosureGuide} />
      ) : (
        <p>本机构尚未发布公开指南。</p>
      )}
      <h2>受理机构</h2>
      <table className="stacked">
        <tbody>
          <tr>
            <th scope="row">办公地址</th>
            <td>{String(institution.address ?? '—')}</td>
          </tr>
          <tr>
            <th scope="row">办公时间</th>
            <td>{String(institution.officeHours ?? '—')}</td>
          </tr>
          <tr>
            <th scope="row">联系电话</th>
            <td>{String(institution.phone ?? '—')}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href={`/catalogue?institution=${institution.id}`}>本机构公开目录</a> ·{' '}
        <a href={`/institutions/${institution.id}`}>机构职能与领导</a>
      </p>
    </>
  )
}
