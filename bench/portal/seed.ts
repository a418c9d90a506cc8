import { parseArgs } from 'node:util'
/**
 * Child of the portal benchmark: the demo data, then `--items` more generated disclosure items, all
 * published through the Local API as the system. Prints `{ indexNumbers }` (a sample of permalinks).
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seedDemoData } from '../../seed'
import { closePayload } from '../../src/lib/database/closePayload'
import { systemPublishContext } from '../../src/lib/platform/systemPublish'
import { lexicalDocument } from '../../src/lib/richText'

const { values } = parseArgs({ options: { items: { type: 'string', default: '500' } } })
const extraItems = Number(values.items)

const payload = await getPayload({ config })
try {
  await seedDemoData({ payload, log: () => {}, onlyIfEmpty: false })
  const institutions = (await payload.find({ collection: 'institutions', limit: 50, depth: 0 })).docs
  const themes = (
    await payload.find({ collection: 'categories', where: { kind: { equals: 'theme' } }, limit: 30, depth: 0 })
  ).docs
  for (let index = 0; index < extraItems; index += 1) {
    await payload.create({
      collection: 'disclosure-items',
      data: {
        title: `关于做好${2000 + (index % 25)}年度第${index}批政府信息公开工作的通知`,
        institution: institutions[index % institutions.length]!.id,
        theme: themes[index % themes.length]!.id,
        dateMade: new Date(Date.UTC(2000 + (index % 25), index % 12, 1 + (index % 28), 4)).toISOString(),
        summary: '按照《中华人民共和国政府信息公开条例》要求，做好主动公开、依申请公开和公开目录维护工作。',
        body: lexicalDocument([
          '各乡镇人民政府、街道办事处，市政府各部门：',
          '为进一步做好政府信息公开工作，现将有关事项通知如下。',
        ]),
        disclosureMethod: 'proactive' as const,
        _status: 'published' as const,
      },
      depth: 0,
      context: systemPublishContext(),
    })
  }
  const sample = await payload.find({
    collection: 'disclosure-items',
    limit: 50,
    depth: 0,
    sort: '-dateMade',
    select: { indexNumber: true },
  })
  console.log(JSON.stringify({ indexNumbers: sample.docs.map((doc) => doc.indexNumber).filter(Boolean) }))
} finally {
  await closePayload(payload)
}
process.exit(0)
