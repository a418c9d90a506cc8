/** A finding's stored message holds the Chinese line, then the English one (findingMessage.ts); one of them. */
export const messageIn = (message: null | string | undefined, language: string): string => {
  const [zh, en] = (message ?? '').split('\n')
  return (language === 'en' ? en : zh) ?? ''
}
