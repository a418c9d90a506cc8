/**
 * The filing numbers every Chinese website shows in its footer, and where each links: the ICP filing
 * (工业和信息化部 ICP/IP 地址/域名信息备案管理系统) and the public-security filing (全国互联网安全管理服务平台),
 * whose link carries the 14-digit record code. Pure, so the global's validation and the portal agree.
 */

/** 网站标识码: 10 characters from the national government website directory (e.g. 1507830001). */
export const WEBSITE_CODE = /^[0-9A-Z]{10}$/

/** ICP 备案号: province abbreviation, ICP备, 8 digits or so, 号, optionally a site suffix (蒙ICP备05001234号-1). */
export const ICP_NUMBER = /^[\u4e00-\u9fa5]ICP备\d{6,12}号(-\d{1,3})?$/

/** 公安备案号: province abbreviation, 公网安备, the 14-digit record code, 号 (蒙公网安备 15078302000123号). */
export const PUBLIC_SECURITY_NUMBER = /^[\u4e00-\u9fa5]公网安备\s?(\d{14})号$/

/** 邮政编码: six digits. */
export const POSTCODE = /^\d{6}$/

export const ICP_FILING_URL = 'https://beian.miit.gov.cn/'

/** The public-security filing's page for this record, or null when the number has not that shape. */
export const publicSecurityFilingUrl = (filingNumber: string): string | null => {
  const code = PUBLIC_SECURITY_NUMBER.exec(filingNumber.trim())?.[1]
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : null
}
