import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { RichTextBody } from '../../_components/RichTextBody'
import { formatDate } from '../../_data/dates'
import { idPage, type IdPageProps, noStaticParams } from '../../_data/idPage'
import { getOfficial } from '../../_data/institution'

type Appointment = { id?: string; action: string; post: string; date: string; documentNumber?: string | null }

const page = idPage({ get: getOfficial, title: (official) => String(official.name) })

export const generateStaticParams = noStaticParams
export const dynamicParams = true
export const generateMetadata = page.generateMetadata

/** A leader: post, portfolio, résumé and the dated record of appointments (人事任免). */
export default async function OfficialPage(props: IdPageProps) {
  const official = await page.loadOrNotFound(props)
  const institution = official.institution as { id: number; name: string } | number
  const photo = official.photo as { url?: string; alt?: string } | null
  const appointments = (official.appointments ?? []) as Appointment[]
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: '机构职能', href: '/institutions' },
          ...(typeof institution === 'object'
            ? [{ label: institution.name, href: `/institutions/${institution.id}` }]
            : []),
          { label: String(official.name) },
        ]}
      />
      <h1>{String(official.name)}</h1>
      <p>
        {typeof institution === 'object' && <a href={`/institutions/${institution.id}`}>{institution.name}</a>}{' '}
        {String(official.post)}
      </p>
      {photo && typeof photo === 'object' && photo.url && (
        <img src={photo.url} alt={photo.alt || `${String(official.name)}的照片`} width={180} />
      )}
      {typeof official.portfolio === 'string' && official.portfolio && (
        <>
          <h2>分管工作</h2>
          <p style={{ whiteSpace: 'pre-line' }}>{official.portfolio}</p>
        </>
      )}
      <h2>简历</h2>
      <RichTextBody value={official.resume} />
      {appointments.length > 0 && (
        <>
          <h2>任免记录</h2>
          <table className="cards">
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">任免</th>
                <th scope="col">职务</th>
                <th scope="col">文号</th>
              </tr>
            </thead>
            <tbody>
              {appointments.map((appointment, index) => (
                <tr key={appointment.id ?? index}>
                  <td data-label="日期">{formatDate(appointment.date)}</td>
                  <td data-label="任免">{appointment.action === 'removed' ? '免去' : '任命'}</td>
                  <td data-label="职务">{appointment.post}</td>
                  <td data-label="文号">{appointment.documentNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  )
}
