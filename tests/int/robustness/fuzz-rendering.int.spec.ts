import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { REST_GET } from '@payloadcms/next/routes'
import fc from 'fast-check'
import JSZip from 'jszip'
import crypto from 'node:crypto'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import type { RichText } from '../../../src/lib/richText'

import { feedEntries } from '../../../plugins/portal-publishing/feeds/data'
import { buildAtomFeed, buildRssFeed } from '../../../plugins/portal-publishing/feeds/feed'
import { searchCatalogue } from '../../../plugins/portal-publishing/search/searchCatalogue'
import { CatalogueArticle } from '../../../src/app/(portal)/_components/CatalogueArticle'
import { loadByIndexNumber, loadRelations } from '../../../src/app/(portal)/_data/item'
import { systemPublishContext } from '../../../src/lib/platform/systemPublish'
import { createInstitution, ensureCategory } from '../../helpers/fixtures'
import { config, getTestPayload } from '../../helpers/payload'
import { pdfText } from '../bulletin/fixtures'
import { hostileBody, hostileText, liveLinkUrl } from './arbitraries'
import { liveMarkup, xmlProblems } from './markup'

/**
 * Titles, summaries and bodies that look like script, published as the system, and rich text links the
 * save-time check refuses written around it (as data from before the rule would be): rendered as the portal's
 * item page renders them, in the Atom and RSS feeds, in search results (HTML the page inserts as is) and in the
 * bulletin's print view, DOCX and PDF, nothing is live: no script element, no event handler, no link that is
 * not http(s), mailto, tel or the site's own; and the feeds and the DOCX stay documents a reader opens.
 * FUZZ_SEED and FUZZ_RUNS as in fuzz-writes.int.spec.ts.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_309)
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 10)

let payload: Payload
let themeId: number

/** The items the portal property published: the bulletin places them afterwards. */
const published: Array<{ id: number; title: string }> = []

const HAN16 = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳'
const documentNumber = () =>
  `扎${[...crypto.randomBytes(3).toString('hex')].map((hex) => HAN16[Number.parseInt(hex, 16)]).join('')}发〔2026〕${crypto.randomInt(1, 10_000)}号`

/** A word search finds in every title: the title's other parts are what the property varies. */
const SEARCHED = '公开通知'

const get = REST_GET(config)

/** GET through the real route handler, keeping binary bodies as bytes. */
const download = async (path: string) => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await get(new Request(url), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

/** Writes a body the save-time check would refuse, to the document and its versions, as a migration or an old tool would. */
const storeAroundTheCheck = async (id: number, body: unknown) => {
  const json = JSON.stringify(body)
  await payload.db.drizzle.execute(sql`update disclosure_items set body = ${json}::jsonb where id = ${id}`)
  await payload.db.drizzle.execute(
    sql`update _disclosure_items_v set version_body = ${json}::jsonb where parent_id = ${id}`,
  )
}

const expectInert = (markup: string, where: string) =>
  expect(liveMarkup(markup), `${where}:\n${markup.slice(0, 3_000)}`).toEqual([])

beforeAll(async () => {
  payload = await getTestPayload()
  themeId = (await ensureCategory(payload, 'theme', 'T02', '综合政务')).id
})

describe('the markup check', () => {
  it('should find what would run, and leave escaped text alone', () => {
    expect(liveMarkup('<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x</p><a href="https://a.cn/">a</a>')).toEqual(
      [],
    )
    expect(
      liveMarkup('<a href="/catalogue/1#x">a</a><a href="mailto:a@b.cn">m</a><img src="/api/media/file/a.png">'),
    ).toEqual([])
    expect(liveMarkup('<p><script>alert(1)</script></p>')).toHaveLength(1)
    expect(liveMarkup('<img src=x onerror="alert(1)">')).toHaveLength(1)
    expect(liveMarkup('<a href=" java&#x09;script:alert(1)">a</a>')).toHaveLength(1)
    expect(liveMarkup('<a href="data:text/html,x">a</a>')).toHaveLength(1)
  })

  it('should find what makes XML unreadable', () => {
    expect(xmlProblems('<?xml version="1.0"?><a><b/>x &amp; y</a>')).toEqual([])
    expect(xmlProblems('<a>\u0001</a>')).toHaveLength(1)
    expect(xmlProblems('<a><b></a>')).not.toEqual([])
  })
})

describe(`hostile text, rendered (seed ${SEED})`, () => {
  it('should be inert on the item page, in the feeds and in search results', { timeout: 300_000 }, async () => {
    const item = fc
      .record({
        title: hostileText(150).map((title) => `${SEARCHED} ${title}`),
        summary: hostileText(300),
        body: hostileBody([]),
        urls: fc.uniqueArray(liveLinkUrl, { minLength: 1, maxLength: 3 }),
      })
      .chain(({ urls, ...rest }) => hostileBody(urls).map((storedBody) => ({ ...rest, storedBody })))
    await fc.assert(
      fc.asyncProperty(item, async ({ title, summary, body, storedBody }) => {
        const institution = (
          await createInstitution(payload, { name: `机构 <script>alert(1)</script> ${crypto.randomUUID()}` })
        ).id
        const created = await payload.create({
          collection: 'disclosure-items',
          data: {
            title,
            summary,
            documentNumber: documentNumber(),
            institution,
            theme: themeId,
            dateMade: '2026-03-01',
            // Arbitrary by design: the generator's Lexical nodes are wider than the generated type.
            body: body as RichText,
            disclosureMethod: 'proactive',
            _status: 'published',
          },
          context: systemPublishContext(),
          depth: 0,
        })
        await storeAroundTheCheck(created.id, storedBody)
        published.push({ id: created.id, title })

        const found = await loadByIndexNumber({ payload, indexNumber: created.indexNumber! })
        expect(found, 'the published item is on the portal').not.toBeNull()
        const page = renderToStaticMarkup(
          createElement(CatalogueArticle, {
            payload,
            ...found!,
            relations: await loadRelations({ payload, ...found! }),
            permalink: `https://gov.example.cn/catalogue/${encodeURIComponent(created.indexNumber!)}`,
          }),
        )
        expectInert(page, 'the item page')
        expect(page, 'the title and the body were rendered').toContain(SEARCHED)
        expect(page, 'the body was rendered').toContain('链接')

        const entries = await feedEntries(payload, { institution })
        expect(entries.map((entry) => entry.id)).toEqual([`disclosure-items/${created.id}`])
        const feed = {
          title: `订阅 ${title}`,
          path: '/catalogue',
          selfPath: '/feeds/x',
          baseUrl: 'https://gov.example.cn',
          entries,
        }
        for (const [name, xml] of [
          ['Atom', buildAtomFeed(feed)],
          ['RSS', buildRssFeed(feed)],
        ] as const) {
          expectInert(xml, name)
          expect(xmlProblems(xml), `${name}:\n${xml}`).toEqual([])
        }

        const { docs } = await searchCatalogue(payload, { q: SEARCHED, institution })
        expect(docs.map((hit) => Number(hit.id))).toEqual([created.id])
        for (const html of [docs[0]!.titleHtml, docs[0]!.snippetHtml]) {
          // Inserted as HTML by the search page: only the highlight's <mark> may be a tag.
          expect(html.replace(/<\/?mark>/g, ''), html).not.toMatch(/<[A-Za-z/!?]/)
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
    )
  })

  it(
    'should be inert in the bulletin, and its DOCX and print view stay well-formed',
    { timeout: 300_000 },
    async () => {
      expect(published.length, 'the portal property published the items').toBeGreaterThan(0)
      const [masthead, heading] = fc.sample(hostileText(60), { seed: SEED, numRuns: 2 })
      const issue = await payload.create({
        collection: 'bulletin-issues',
        data: {
          title: masthead!,
          year: crypto.randomInt(2100, 2999),
          issueNumber: crypto.randomInt(1, 1_000_000),
          cumulativeNumber: crypto.randomInt(1, 2_000_000_000),
          publicationDate: '2026-03-05',
          sections: [
            {
              heading: heading!,
              entries: published.map(({ id }) => ({
                document: { relationTo: 'disclosure-items' as const, value: id },
              })),
            },
          ],
          _status: 'draft',
        },
        draft: true,
        depth: 0,
      })
      await payload.update({
        collection: 'bulletin-issues',
        id: issue.id,
        data: { _status: 'published' },
        context: systemPublishContext(),
        depth: 0,
      })

      const print = await download(`/bulletin-issues/${issue.id}/print`)
      expect(print.status).toBe(200)
      const html = print.body.toString('utf8')
      expectInert(html, 'the print view')
      expect(html).toContain('&#60;script&#62;')

      const docx = await download(`/bulletin-issues/${issue.id}/docx`)
      expect(docx.status).toBe(200)
      const zip = await JSZip.loadAsync(docx.body)
      for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xml') || file.endsWith('.rels'))) {
        const xml = await zip.file(name)!.async('string')
        expect(xmlProblems(xml), `${name} of the DOCX`).toEqual([])
        expectInert(xml, `${name} of the DOCX`)
        if (name === 'word/document.xml')
          expect(xml, 'the entries are in the DOCX').toContain(published[0]!.title.slice(0, 4))
        for (const [, target] of xml.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g))
          expect(target, `an external link in ${name}`).toMatch(/^(https?:|mailto:|tel:)/)
      }

      const pdf = await download(`/bulletin-issues/${issue.id}/pdf`)
      expect(pdf.status).toBe(200)
      const raw = pdf.body.toString('latin1')
      expect(raw, 'no script or launch action in the PDF').not.toMatch(
        /\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/,
      )
      for (const [, uri] of raw.matchAll(/\/URI\s*\(([^)]*)\)/g))
        expect(uri, 'a link in the PDF').toMatch(/^(https?:|mailto:|tel:)/)
      // The script-looking text is there, as text.
      expect(pdfText(pdf.body)).toContain('alert(1)')
    },
  )
})
