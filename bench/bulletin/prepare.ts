/**
 * Builds the benchmark's issue: `--entries` published, proactive disclosure items with bodies of about
 * a page and a half (paragraphs, a heading, a list), spread over the seven columns, in one published
 * (frozen) issue. Prints `{ issueId, entries }` as one JSON line.
 *
 *   DATABASE_URL=… PAYLOAD_SECRET=… tsx bench/bulletin/prepare.ts --entries 100
 */
import crypto from 'node:crypto'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import type { PrepareResult } from './result'

import { creditCodeCheckCharacter } from '../../collections/validation/creditCode'
import config from '../../payload.config'
import { DEFAULT_COLUMNS } from '../../plugins/bulletin/defaults'
import { closePayload } from '../../src/lib/database/closePayload'
import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { lexicalDocument } from '../../src/lib/richText'

const { values: args } = parseArgs({ options: { entries: { type: 'string', default: '100' } } })
const entries = Number(args.entries)
const runId = crypto.randomBytes(4).toString('hex')

const sentence =
  '为了加强政府信息公开工作，保障公民、法人和其他组织依法获取政府信息，提高政府工作的透明度，建设法治政府，充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。'

/** About a page and a half at the bulletin's body size. */
const body = (index: number) => {
  const document = lexicalDocument(
    Array.from({ length: 9 }, (_, paragraph) => `第${paragraph + 1}条 ${sentence}${index}`),
  )
  const children = document.root.children as unknown[]
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  children.splice(3, 0, { ...block, type: 'heading', tag: 'h3', children: [text('二、工作要求')] })
  children.push({
    ...block,
    type: 'list',
    listType: 'number',
    tag: 'ol',
    start: 1,
    children: ['加强组织领导', '强化督促检查', '做好宣传引导'].map((value, index) => ({
      ...block,
      type: 'listitem',
      value: index + 1,
      children: [text(value)],
    })),
  })
  return document
}

const payload = await getPayload({ config })
try {
  const first17 = `11150783${crypto.randomInt(0, 1e9).toString().padStart(9, '0')}`
  const institution = await payload.create({
    collection: 'institutions',
    data: {
      name: `基准测试局-${runId}`,
      kind: 'department',
      creditCode: first17 + creditCodeCheckCharacter(first17),
      _status: 'published',
    },
    depth: 0,
  })
  const theme = await payload.create({
    collection: 'categories',
    data: { kind: 'theme', code: `B${runId}`, name: '综合政务' },
    depth: 0,
  })
  const sections = DEFAULT_COLUMNS.map(({ heading }) => ({
    heading,
    entries: [] as Array<{ document: { relationTo: 'disclosure-items'; value: number } }>,
  }))
  for (let index = 0; index < entries; index += 1) {
    const item = await payload.create({
      collection: 'disclosure-items',
      data: {
        title: `关于印发扎兰屯市2026年第${index + 1}项重点工作实施方案的通知`,
        documentNumber: `扎政发〔2026〕${index + 1}号`,
        institution: institution.id,
        dateMade: '2026-03-01',
        theme: theme.id,
        body: body(index),
        disclosureMethod: 'proactive' as const,
        _status: 'published' as const,
      },
      context: systemPublishContext(),
      depth: 0,
    })
    sections[index % sections.length]!.entries.push({ document: { relationTo: 'disclosure-items', value: item.id } })
  }
  const issue = await payload.create({
    collection: 'bulletin-issues',
    data: {
      title: '扎兰资讯',
      year: 2026,
      issueNumber: crypto.randomInt(1, 1e6),
      cumulativeNumber: crypto.randomInt(1, 2e9),
      publicationDate: '2026-03-05',
      sections,
      _status: 'published' as const,
    },
    context: systemPublishContext(),
    depth: 0,
  })
  const result: PrepareResult = { issueId: issue.id, entries }
  console.log(JSON.stringify(result))
} finally {
  await closePayload(payload)
}
