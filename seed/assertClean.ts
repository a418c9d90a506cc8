/**
 * The fixture the demo data comes from was captured from a mirror where a gambling brand had been
 * injected in place of the city's name. This fails the seed if any such text slipped into the data.
 */
const GAMBLING = /uedbet|bet365|365bet|博彩|赌|菠菜|彩票|百家乐|老虎机|投注|娱乐城/i

const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

export const assertClean = (label: string, data: unknown): void => {
  const dirty = stringsOf(data).find((text) => GAMBLING.test(text))
  if (dirty !== undefined) throw new Error(`seed: ${label} contains gambling spam: "${dirty.slice(0, 80)}"`)
}
