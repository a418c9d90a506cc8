/** A plain GET form to /search: works without JavaScript, and the result URL can be shared. */
export function SearchForm({ query = '' }: { query?: string }) {
  return (
    <form role="search" action="/search" method="get" className="filters">
      <div>
        <label htmlFor="q">搜索公开信息</label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder="标题、文号或索引号" size={30} />
      </div>
      <button type="submit">搜索</button>
    </form>
  )
}
