import { Breadcrumbs } from './_components/Breadcrumbs'

/** Shown for an unknown, withdrawn or non-public entry: the same answer for each, so nothing leaks. */
export default function NotFound() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '未找到' }]} />
      <h1>未找到该信息</h1>
      <p>该信息不存在、已撤回或不属于主动公开范围。</p>
      <p>
        <a href="/catalogue">浏览公开目录</a> 或 <a href="/search">搜索</a>。
      </p>
    </>
  )
}
