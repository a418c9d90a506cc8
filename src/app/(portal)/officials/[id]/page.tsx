import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { RichTextBody } from '../../_components/RichTextBody'
import { formatDate } from '../../_data/dates'
import { getOfficial } from '../../_data/institution'
import { positiveInt } from '../../_data/searchParams'

type Params = { params: Promise<{ id: string }> }
type Appointment = { id?: string; action: string; post: string; date: string; documentNumber?: string | null }

export const generateStaticParams = async () => []
export const dynamicParams = true

const load = async ({ params }: Params) => {
  const id = positiveInt((await params).id)
  return id ? getOfficial(id) : null
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return { title: String((await load(props))?.name ?? '未找到') }
}

/** A leader: post, portfolio, résumé and the dated record of appointments (人事任免). */
export default async function OfficialPage(props: Params) {
  const official = await load(props)
  if (!official) notFound()
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
