import type { SiteSetting } from '../../payload-types'

import { government } from './institutions'

/**
 * The demo government's site settings. The filing numbers and the website code have the real shapes but
 * are made up: a deployment enters its own in 网站设置.
 */
export const siteSettingsSeed = (): Omit<SiteSetting, 'id' | 'emblem'> => ({
  governmentName: government.name,
  organiser: '扎兰屯市人民政府办公室',
  operator: '扎兰屯市人民政府办公室政务公开科',
  websiteCode: '1507830001',
  icpNumber: '蒙ICP备05000001号',
  publicSecurityNumber: '蒙公网安备 15078302000001号',
  contact: {
    address: government.address,
    phone: government.phone,
    email: 'zwgk@zhalantun.example.gov.cn',
    postcode: '162650',
  },
})
