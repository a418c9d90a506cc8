import type { ItemDefinition } from '../../seed/data/disclosureItems/types'
/**
 * The text of generated disclosure items, made from the demo data's own wording: the seed's routine
 * documents (titles, 文号, leads and points of what each institution issues every year) moved to another
 * year, lengthened with paragraphs of the 2011 annual report (the shared fixture, as the seed transcribed
 * it) to the 1,000–3,000 characters of a real notice or report.
 */
import type { Random } from '../../seed/random'

import { annualReport2011 } from '../../seed/data/annualReport2011'
import { routineDocuments } from '../../seed/data/disclosureItems/routine'

/** Every routine document the seed can make (it refuses to make more than it has). */
const TEMPLATE_COUNT = 246

/** The paragraphs of the report that read as body text (headings and table rows left out). */
const reportParagraphs = annualReport2011.paragraphs.filter((paragraph) => paragraph.length >= 40)

let templates: ItemDefinition[] | undefined
export const itemTemplates = (): ItemDefinition[] => (templates ??= routineDocuments(TEMPLATE_COUNT))

const YEAR = /20[0-3]\d/g

/** Moves every year named in the text by `shift` years (the 2010 report dated 2011 stays a year apart). */
const shiftYears = (text: string, shift: number) => text.replace(YEAR, (year) => String(Number(year) + shift))

export type GeneratedText = {
  title: string
  paragraphs: string[]
  summary: string
  /** `扎政发〔2019〕17号` style, for templates that have a 文号; the serial is `documentSerial`. */
  documentNumber: null | string
}

/**
 * The text of one item dated in `year`, from a template: its title and paragraphs with the years moved,
 * then report paragraphs until the body reaches a length drawn between 800 and 3,000 characters.
 */
export const itemText = ({
  template,
  year,
  random,
  documentSerial,
}: {
  template: ItemDefinition
  year: number
  random: Random
  documentSerial: (prefix: string) => number
}): GeneratedText => {
  const shift = year - Number(template.date.slice(0, 4))
  const paragraphs = template.paragraphs.map((paragraph) => shiftYears(paragraph, shift))
  const target = random.int(800, 3_000)
  let length = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)
  let next = random.int(0, reportParagraphs.length - 1)
  while (length < target) {
    const paragraph = shiftYears(reportParagraphs[next % reportParagraphs.length]!, year - 2011)
    paragraphs.push(paragraph)
    length += paragraph.length
    next += 1
  }
  const prefix = template.documentNumber?.match(/^(.+)〔\d{4}〕\d+号$/)?.[1]
  const documentNumber = prefix ? `${prefix}〔${year}〕${documentSerial(`${prefix}${year}`)}号` : null
  const lead = paragraphs.find((paragraph) => paragraph.length > 30) ?? paragraphs[0]!
  return {
    title: shiftYears(template.title, shift),
    paragraphs,
    summary: lead.slice(0, 120),
    documentNumber,
  }
}
