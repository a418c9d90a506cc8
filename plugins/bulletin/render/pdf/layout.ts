/** Page geometry and the small pure rules of the printed page (GB/T 9704 conventions: A4, 156×225 mm text block). */

import { DEFAULT_TIME_ZONE, startOfLocalDay } from '../../../../src/lib/platform/dates'

export const MM = 72 / 25.4

export const PAGE = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
}

export const TEXT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right

/** "第 3 页 共 150 页" */
export const footerText = (page: number, total: number) => `第 ${page} 页 共 ${total} 页`

/** Width left for a TOC title beside its right-aligned page number. */
export const TOC_NUMBER_WIDTH = 36

/**
 * The running head's section on each page: the section in force when the page began, unless one
 * begins on it (then that one, as printed bulletins do).
 */
export const runningSections = (
  pageCount: number,
  sectionStarts: Array<{ page: number; heading: string }>,
  before: string[],
): string[] =>
  Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1
    const startingHere = sectionStarts.find((start) => start.page === page)
    if (startingHere) return startingHere.heading
    const inForce = sectionStarts.filter((start) => start.page < page).at(-1)
    return inForce?.heading ?? before[index] ?? ''
  })

/** The PDF's fixed dates: the publication day at midnight, China time, so output never depends on when it ran. */
export const documentDate = (publicationDate: string): Date =>
  startOfLocalDay(publicationDate || '1970-01-01', DEFAULT_TIME_ZONE)

/** Closing punctuation a Chinese line never begins with (禁则): it stays at the end of the line before. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』〕】’”,.;:?!)'])

/**
 * Breaks text into lines no wider than `width`, character by character as Chinese is set, keeping
 * closing punctuation off the start of a line (it may overhang). `measure` gives a string's width.
 * The TOC lays its titles out with it, so it knows where the last line ends and the leader dots begin.
 */
export const wrapLines = (text: string, width: number, measure: (text: string) => number): string[] => {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (line !== '' && measure(line + char) > width && !NO_LINE_START.has(char)) {
      lines.push(line)
      line = char.trim() === '' ? '' : char
    } else {
      line += char
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/** How many leader dots of `dotWidth` fill the gap from `from` to `to`, keeping a small space at each end. */
export const leaderDots = ({
  from,
  to,
  dotWidth,
  space,
}: {
  from: number
  to: number
  dotWidth: number
  space: number
}): number => Math.max(0, Math.floor((to - from - 2 * space) / dotWidth))
