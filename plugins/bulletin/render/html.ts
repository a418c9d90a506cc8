import type { PrintableIssue } from '../printable'
import type { Block, Run } from './blocks'

import { chineseDate, entryMetaLine, issueLabel } from '../printable'
import { blocksOfRichText } from './blocks'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const runsHtml = (runs: Run[]) =>
  runs
    .map((run) => {
      let html = escape(run.text).replace(/\n/g, '<br>')
      if (run.isBold) html = `<strong>${html}</strong>`
      if (run.isItalic) html = `<em>${html}</em>`
      return html
    })
    .join('')

const blocksHtml = (blocks: Block[], imageUrl: (mediaId: string) => string) =>
  blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h${Math.min(6, block.level + 2)}>${runsHtml(block.runs)}</h${Math.min(6, block.level + 2)}>`
        case 'paragraph':
          return `<p>${runsHtml(block.runs)}</p>`
        case 'list': {
          const tag = block.isOrdered ? 'ol' : 'ul'
          return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${tag}>`
        }
        case 'table':
          return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${runsHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`
        case 'image':
          return `<figure><img src="${escape(imageUrl(block.mediaId))}" alt="${escape(block.alt)}"></figure>`
      }
    })
    .join('\n')

/** CSS paged media: A4 with the GB/T 9704 text block, running heads and "第 X 页 共 Y 页" footers. */
const PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-left { content: string(masthead); font-size: 9pt; }
  @top-right { content: string(section); font-size: 9pt; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'Noto Serif SC', 'Noto Sans SC', serif; font-size: 11.5pt; line-height: 1.8; }
.cover { page: cover; text-align: center; padding-top: 40mm; break-after: page; }
.cover h1 { font-size: 40pt; string-set: masthead content() " " attr(data-issue); }
nav.toc { break-after: page; } nav.toc ol { list-style: none; padding: 0; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
section.column { break-before: page; } section.column > h2 { string-set: section content(); text-align: center; }
article h3 { text-align: center; font-size: 16pt; } .meta { text-align: center; font-size: 10pt; }
article p { text-indent: 2em; margin: 0.3em 0; } table { border-collapse: collapse; width: 100%; } td { border: 0.5pt solid; padding: 2pt 4pt; }
figure { text-align: center; } figure img { max-width: 100%; }
@media screen { body { max-width: 156mm; margin: 2em auto; } }
`

/** The HTML print view: the same content and order as the PDF, laid out by the browser's paged media. */
export const renderHtml = (issue: PrintableIssue, imageUrl: (mediaId: string) => string): string => {
  const label = issueLabel(issue)
  const columns = issue.sections.filter((section) => section.entries.length > 0)
  let entryIndex = 0
  const anchors = columns.map((section) => section.entries.map(() => `entry-${++entryIndex}`))
  const note = blocksOfRichText(issue.editorsNote)
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(`${issue.masthead} ${label}`)}</title>
<meta name="author" content="${escape(issue.publisher)}"><style>${PRINT_CSS}</style></head>
<body>
<header class="cover"><h1 data-issue="${escape(label)}">${escape(issue.masthead)}</h1><p>${escape(label)}</p>
<p>${escape(issue.publisher)}　${escape(chineseDate(issue.publicationDate))}</p>
${issue.coverImage ? `<figure><img src="${escape(imageUrl(issue.coverImage))}" alt=""></figure>` : ''}</header>
<nav class="toc"><h2>目　录</h2>
${columns
  .map(
    (section, sectionIndex) =>
      `<h3>${escape(section.heading)}</h3><ol>${section.entries.map((entry, index) => `<li><a href="#${anchors[sectionIndex]![index]}">${escape(entry.title)}</a></li>`).join('')}</ol>`,
  )
  .join('\n')}
</nav>
${note.length > 0 ? `<section class="column"><h2>编者按</h2>${blocksHtml(note, imageUrl)}</section>` : ''}
${columns
  .map(
    (section, sectionIndex) => `<section class="column"><h2>${escape(section.heading)}</h2>
${section.entries
  .map(
    (entry, index) =>
      `<article id="${anchors[sectionIndex]![index]}"><h3>${escape(entry.title)}</h3><p class="meta">${escape(entryMetaLine(entry))}</p>
${blocksHtml(blocksOfRichText(entry.body), imageUrl)}</article>`,
  )
  .join('\n')}</section>`,
  )
  .join('\n')}
</body></html>`
}
