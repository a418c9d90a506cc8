import type { BalanceProblem } from './tables/balance'

import { bilingualMessage } from '../../src/lib/platform/i18n/messages'

/** The refusal of an inconsistent table 三, naming its cell by column and row as printed. */
export const balanceMessage = (problem: BalanceProblem): string =>
  bilingualMessage(
    `表三「${problem.columnLabel}」列「${problem.rowLabel}」行：${problem.zh}`,
    `table 三, column “${problem.columnLabel}”, row “${problem.rowLabel}”: ${problem.en}`,
  )
