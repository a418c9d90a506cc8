import type { Relations } from '../_data/item'

import { EntryList } from './EntryList'

const groups: Array<{ key: keyof Relations; heading: string }> = [
  { key: 'replacedBy', heading: '本文件已被以下文件修订或替代' },
  { key: 'replaces', heading: '本文件修订或替代的文件' },
  { key: 'interpretations', heading: '政策解读' },
  { key: 'interprets', heading: '本解读对应的政策文件' },
  { key: 'related', heading: '相关信息' },
  { key: 'relatedFrom', heading: '引用本信息的内容' },
]

/** Every link between this entry and others, each kind under its own heading; empty kinds are left out. */
export function RelatedLinks({ relations }: { relations: Relations }) {
  return (
    <>
      {groups
        .filter(({ key }) => relations[key].length > 0)
        .map(({ key, heading }) => (
          <section key={key} aria-labelledby={`rel-${key}`} className="no-print">
            <h2 id={`rel-${key}`}>{heading}</h2>
            <EntryList entries={relations[key]} />
          </section>
        ))}
    </>
  )
}
