export type SummaryItem = { href: string; label: string; message: string }

/**
 * 错误提示 at the top of the form: announced on load (role="alert"), each error a link to its field, so a
 * keyboard or screen-reader user reaches every one without searching the page.
 */
export function ErrorSummary({ items, notice }: { items: SummaryItem[]; notice?: string }) {
  if (items.length === 0 && !notice) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} id="error-summary">
      <h2 id="error-summary-title">{notice ?? `提交未成功，请修改以下 ${items.length} 处：`}</h2>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={`${item.href}-${item.message}`}>
              <a href={item.href}>
                {item.label}：{item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
