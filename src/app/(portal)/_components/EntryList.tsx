import { formatDate } from '../_data/dates'
import { type Entry, entryPath } from '../_data/entries'

/** A list of catalogue entries: title (the link), then publisher, date and 文号 on a quieter line. */
export function EntryList({ entries, empty = '暂无信息。' }: { entries: Entry[]; empty?: string }) {
  const linkable = entries.filter((entry) => entry.indexNumber)
  if (linkable.length === 0) return <p>{empty}</p>
  return (
    <ol className="entries">
      {linkable.map((entry) => (
        <li key={`${entry.collection}:${entry.id}`}>
          <a href={entryPath(entry.indexNumber!)}>{entry.title}</a>
          <span className="meta">
            {[entry.institution?.name, entry.documentNumber, formatDate(entry.date)].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  )
}
