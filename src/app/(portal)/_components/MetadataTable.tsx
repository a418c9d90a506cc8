export type MetadataRow = { label: string; value: string | null | undefined }

/** The catalogue metadata (索引号, 发布机构, 生成日期…) as a two-column table with row headers. */
export function MetadataTable({ rows, caption = '信息索引' }: { rows: MetadataRow[]; caption?: string }) {
  return (
    <table className="metadata stacked">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
