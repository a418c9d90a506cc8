import type { Page } from 'playwright-core'

/** Fills a field until the value stays (a fill before hydration is reset by React). */
export const fillSteadily = async (page: Page, selector: string, value: string): Promise<void> => {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.fill(selector, value, { timeout: 90_000 })
    await page.waitForTimeout(500)
    if ((await page.inputValue(selector)) === value) return
  }
  throw new Error(`${selector} did not keep ${value}`)
}

/** Picks the option reading exactly `text` in a select or relationship field (Payload's react-select). */
export const pickOption = async (page: Page, fieldId: string, text: string): Promise<void> => {
  await page.click(`#${fieldId} .rs__control`)
  // Typed, so a relationship searches for it: in a full suite's database the institution is far past the first page.
  await page.keyboard.type(text)
  // Exactly: 答复 (reply) is also the end of 第三方答复 (third party replied).
  const option = page.locator('.rs__option').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) })
  await option.first().waitFor({ timeout: 30_000 })
  await option.first().click()
}
