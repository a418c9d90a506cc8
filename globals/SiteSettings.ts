import type { GlobalAfterChangeHook, GlobalConfig, TextFieldSingleValidation } from 'payload'

import { recomputeFilePublicity } from '../collections/hooks/recomputeFilePublicity'
import { slugs } from '../collections/slugs'
import { relationId } from '../src/lib/platform/ids'
import { bilingual, bilingualMessage } from '../src/lib/platform/labels'
import { hasRole } from '../src/lib/platform/roles'
import { ICP_NUMBER, POSTCODE, PUBLIC_SECURITY_NUMBER, WEBSITE_CODE } from './filings'

export const SITE_SETTINGS_SLUG = 'site-settings'

/**
 * Needed before saving, yet not `required` in the schema: the global exists (empty) before anyone saves
 * it, and GraphQL would fail reading a non-null field that is still empty.
 */
const filledIn =
  (message: string): TextFieldSingleValidation =>
  (value) =>
    value && value.trim() ? true : message

/** An optional text field that, when filled in, must have the given shape. */
const shaped =
  (shape: RegExp, message: string): TextFieldSingleValidation =>
  (value) =>
    !value || shape.test(value.trim()) ? true : message

/**
 * The emblem shows on every public page, so its file is public; a replaced or removed emblem goes back
 * to what its documents make it (private unless a public document uses it), in the same transaction.
 * `recomputeFilePublicity` counts the emblem as a public use.
 */
const emblemFollowsSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const files = [relationId(doc.emblem), relationId(previousDoc?.emblem)].filter((id) => id !== null)
  await recomputeFilePublicity(req, [...new Set(files)])
  return doc
}

/**
 * 网站设置: who runs the portal, as every Chinese government site shows it (《政府网站发展指引》): the
 * government's name and emblem in the header; 主办单位, 承办单位, contact, 网站标识码 and the ICP and
 * public-security filing numbers in the footer. Everyone reads it (the portal does, anonymously); the
 * disclosure office and admins edit it. A change expires every portal page (portal-publishing's `globals`).
 */
export const SiteSettings: GlobalConfig = {
  slug: SITE_SETTINGS_SLUG,
  label: bilingual('网站设置', 'Site settings'),
  admin: {
    group: bilingual('门户网站', 'Portal'),
    description: bilingual(
      '门户网站页头、页脚显示的政府名称、徽标、主办单位、备案号和联系方式。',
      'The government name, emblem, organiser, filing numbers and contact shown in the portal’s header and footer.',
    ),
  },
  access: {
    read: () => true,
    update: ({ req: { user } }) => hasRole(user, 'admin', 'disclosure-office'),
  },
  hooks: { afterChange: [emblemFollowsSettings] },
  fields: [
    {
      name: 'governmentName',
      type: 'text',
      validate: filledIn(bilingualMessage('请填写政府名称', 'the government name is required')),
      maxLength: 60,
      label: bilingual('政府名称', 'Government name'),
      admin: {
        description: bilingual('页头显示的名称，如“扎兰屯市人民政府”。', 'Shown in the header, e.g. 扎兰屯市人民政府.'),
      },
    },
    {
      name: 'emblem',
      type: 'upload',
      relationTo: slugs.media,
      label: bilingual('徽标', 'Emblem'),
      admin: {
        description: bilingual(
          '页头左侧的国徽或徽标图片（PNG，透明背景为宜）；保存后该文件对公众可见。',
          'The national emblem or logo left of the name (PNG, ideally transparent); once saved, the file is public.',
        ),
      },
      // No filterOptions narrowing to images: Payload checks them with the public's access on global writes,
      // refusing a not-yet-public file even to the system; the portal shows only an image (src/app/(portal)/_data/site.ts).
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organiser',
          type: 'text',
          validate: filledIn(bilingualMessage('请填写主办单位', 'the organiser is required')),
          maxLength: 60,
          label: bilingual('主办单位', 'Organiser'),
          admin: {
            description: bilingual(
              '页脚显示的主办单位，如“扎兰屯市人民政府办公室”。',
              'The organiser shown in the footer, e.g. 扎兰屯市人民政府办公室.',
            ),
          },
        },
        {
          name: 'operator',
          type: 'text',
          maxLength: 60,
          label: bilingual('承办单位', 'Operator'),
          admin: {
            description: bilingual('可选；负责网站运行维护的单位。', 'Optional: who runs and maintains the site.'),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'websiteCode',
          type: 'text',
          label: bilingual('网站标识码', 'Website code'),
          admin: {
            description: bilingual(
              '全国政府网站基本信息数据库分配的 10 位代码，如 1507830001。',
              'The 10-character code from the national government website directory, e.g. 1507830001.',
            ),
          },
          validate: shaped(
            WEBSITE_CODE,
            bilingualMessage('网站标识码应为 10 位数字或大写字母', 'the website code has 10 digits or capital letters'),
          ),
        },
        {
          name: 'icpNumber',
          type: 'text',
          label: bilingual('ICP 备案号', 'ICP filing number'),
          admin: {
            description: bilingual(
              '如“蒙ICP备05001234号”；页脚链接到工信部备案系统。',
              'E.g. 蒙ICP备05001234号; the footer links it to the MIIT filing system.',
            ),
          },
          validate: shaped(
            ICP_NUMBER,
            bilingualMessage(
              'ICP 备案号格式应如“蒙ICP备05001234号”',
              'the ICP filing number looks like 蒙ICP备05001234号',
            ),
          ),
        },
        {
          name: 'publicSecurityNumber',
          type: 'text',
          label: bilingual('公安备案号', 'Public security filing number'),
          admin: {
            description: bilingual(
              '如“蒙公网安备 15078302000123号”（14 位备案编号）；页脚链接到该备案记录。',
              'E.g. 蒙公网安备 15078302000123号 (a 14-digit record code); the footer links to its record.',
            ),
          },
          validate: shaped(
            PUBLIC_SECURITY_NUMBER,
            bilingualMessage(
              '公安备案号格式应如“蒙公网安备 15078302000123号”',
              'the public security filing number looks like 蒙公网安备 15078302000123号',
            ),
          ),
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: bilingual('联系方式', 'Contact'),
      admin: {
        description: bilingual(
          '页脚显示的联系地址、电话、电子邮箱和邮编。',
          'Address, phone, e-mail and postcode shown in the footer.',
        ),
      },
      fields: [
        {
          name: 'address',
          type: 'text',
          maxLength: 120,
          label: bilingual('地址', 'Address'),
          admin: { description: bilingual('如“扎兰屯市中央路24号”。', 'E.g. 扎兰屯市中央路24号.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'phone',
              type: 'text',
              maxLength: 40,
              label: bilingual('电话', 'Phone'),
              admin: { description: bilingual('含区号，如“0470-3202011”。', 'With the area code, e.g. 0470-3202011.') },
              validate: shaped(
                /^[0-9+\-()（） ]{5,40}$/,
                bilingualMessage(
                  '电话只能包含数字、空格、括号、加号和连字符',
                  'a phone number has only digits, spaces, brackets, + and -',
                ),
              ),
            },
            {
              name: 'email',
              type: 'email',
              label: bilingual('电子邮箱', 'E-mail'),
              admin: {
                description: bilingual(
                  '公众来信的邮箱，如 zfb@zlt.gov.cn。',
                  'Where the public writes, e.g. zfb@zlt.gov.cn.',
                ),
              },
            },
            {
              name: 'postcode',
              type: 'text',
              label: bilingual('邮政编码', 'Postcode'),
              admin: { description: bilingual('6 位数字，如 162650。', 'Six digits, e.g. 162650.') },
              validate: shaped(POSTCODE, bilingualMessage('邮政编码应为 6 位数字', 'a postcode has six digits')),
            },
          ],
        },
      ],
    },
  ],
}
