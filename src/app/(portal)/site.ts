/** The site's name in the header, titles and feeds; a local deployment sets its own. */
export const siteName = process.env.PORTAL_SITE_NAME ?? '政府信息公开'

/** The top navigation: every section one click from every page. */
export const sections = [
  { href: '/', label: '首页' },
  { href: '/guide', label: '公开指南' },
  { href: '/catalogue', label: '公开目录' },
  { href: '/policies', label: '政策文件' },
  { href: '/institutions', label: '机构职能' },
  { href: '/services', label: '办事服务' },
  { href: '/bulletin', label: '政府公报' },
  { href: '/search', label: '搜索' },
] as const
