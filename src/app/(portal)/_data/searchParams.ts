/** A positive whole number from a query parameter, or undefined: bad input narrows nothing, never fails. */
export const positiveInt = (value: string | string[] | undefined): number | undefined => {
  const text = Array.isArray(value) ? value[0] : value
  if (!text || !/^\d{1,9}$/.test(text)) return undefined
  const number = Number(text)
  return number > 0 ? number : undefined
}

export const oneOf = <T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined => {
  const text = Array.isArray(value) ? value[0] : value
  return allowed.find((candidate) => candidate === text)
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>
