/**
 * Large text and high contrast (适老化): plain links to /display, which sets a cookie and sends the reader
 * back. They work without JavaScript, and the pages stay cacheable because only /display.css reads the cookie.
 */
export function DisplayModeLinks() {
  return (
    <ul className="display-modes" aria-label="显示方式">
      <li>
        <a href="/display?text=large">大字号</a>
      </li>
      <li>
        <a href="/display?text=normal">标准字号</a>
      </li>
      <li>
        <a href="/display?contrast=high">高对比度</a>
      </li>
      <li>
        <a href="/display?contrast=normal">标准配色</a>
      </li>
    </ul>
  )
}
