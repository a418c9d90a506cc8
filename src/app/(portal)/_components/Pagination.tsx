type PaginationProps = {
  page: number
  totalPages: number
  /** The URL of a page, keeping the list's filters. */
  hrefOf: (page: number) => string
}

/** Previous, numbered and next links; the current page is marked for screen readers, not only by style. */
export function Pagination({ page, totalPages, hrefOf }: PaginationProps) {
  if (totalPages <= 1) return null
  const first = Math.max(1, page - 4)
  const pages = Array.from({ length: Math.min(totalPages, first + 8) - first + 1 }, (_, index) => first + index)
  return (
    <nav className="pagination" aria-label="分页">
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefOf(page - 1)} rel="prev">
              上一页
            </a>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page">{number}</span>
            ) : (
              <a href={hrefOf(number)} aria-label={`第 ${number} 页`}>
                {number}
              </a>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <a href={hrefOf(page + 1)} rel="next">
              下一页
            </a>
          </li>
        )}
      </ul>
      <p>
        第 {page} 页，共 {totalPages} 页
      </p>
    </nav>
  )
}

/** A list URL from its filters, leaving out empty ones and page 1. */
export const listHref = (path: string, params: Record<string, number | string | undefined>): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && Number(value) === 1)) continue
    query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
