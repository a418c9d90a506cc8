/**
 * Payload's own messages that it writes in English whatever the language (QueryError, errors made without a
 * translator), in our namespace `gongkai`, so `req.t('gongkai:…')` answers them in the admin's language.
 */
export const messageTranslations = {
  zh: {
    gongkai: {
      pathsCannotBeQueried: '以下字段不能用于查询：{{paths}}',
      somethingWentWrong: '服务器出错了，请稍后再试。',
    },
  },
  en: {
    gongkai: {
      pathsCannotBeQueried: 'The following paths cannot be queried: {{paths}}',
      somethingWentWrong: 'Something went wrong.',
    },
  },
}
