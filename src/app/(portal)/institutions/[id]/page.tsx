import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { EntryList } from '../../_components/EntryList'
import { RichTextBody } from '../../_components/RichTextBody'
import { idPage, type IdPageProps, noStaticParams } from '../../_data/idPage'
import { getInstitution } from '../../_data/institution'

const page = idPage({ get: getInstitution, title: ({ institution }) => String(institution.name) })

export const generateStaticParams = noStaticParams
export const dynamicParams = true
export const generateMetadata = page.generateMetadata

/** An institution: functions, contacts, current leaders (each with a résumé page), guide and newest entries. */
export default async function InstitutionPage(props: IdPageProps) {
  const { institution, leaders, latest } = await page.loadOrNotFound(props)
  const contacts: Array<[string, unknown]> = [
    ['办公地址', institution.address],
    ['联系电话', institution.phone],
    ['办公时间', institution.officeHours],
    ['网址', institution.website],
  ]
  return (
    <>
      <Breadcrumbs trail={[{ label: '机构职能', href: '/institutions' }, { label: String(institution.name) }]} />
      <h1>{String(institution.name)}</h1>
      <h2>机构职能</h2>
      <RichTextBody value={institution.functions} />
      <h2>领导信息</h2>
      {leaders.length === 0 ? (
        <p>暂无。</p>
      ) : (
        <ul>
          {leaders.map((leader) => (
            <li key={String(leader.id)}>
              <a href={`/officials/${leader.id}`}>{String(leader.name)}</a>，{String(leader.post)}
              {typeof leader.portfolio === 'string' && leader.portfolio && <p>分管：{leader.portfolio}</p>}
            </li>
          ))}
        </ul>
      )}
      <h2>联系方式</h2>
      <table className="stacked">
        <tbody>
          {contacts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{typeof value === 'string' && value ? value : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`/guide/${institution.id}`}>本机构政府信息公开指南</a> ·{' '}
        <a href={`/catalogue?institution=${institution.id}`}>本机构公开目录</a> ·{' '}
        <a href={`/feeds/institutions/${institution.id}`}>订阅本机构（RSS）</a>
      </p>
      <h2>最新公开</h2>
      <EntryList entries={latest} />
    </>
  )
}
