export type LanguageOptions = {
  /**
   * Keep every message as declared (「中文 / English」) and Payload's own English-only messages as they are.
   * @default false
   */
  disabled?: boolean
}
