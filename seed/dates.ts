/**
 * A calendar day as Payload stores a date field. Noon UTC keeps the same day on screen in every
 * timezone from UTC−11 to UTC+11, so a 生成日期 never shows as the day before.
 */
export const day = (isoDate: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(Date.parse(isoDate))) {
    throw new Error(`seed: "${isoDate}" is not a YYYY-MM-DD date`)
  }
  return `${isoDate}T12:00:00.000Z`
}
