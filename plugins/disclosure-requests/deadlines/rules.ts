/**
 * The reply periods of the two regulations (DOMAIN.md, "The regulation"). The 2019 revision took effect on
 * 2019-05-15; a request received before then keeps the 2007 periods, received on or after gets the new ones.
 */
import type { Regulation } from './types'

export const REGULATION_2019_IN_FORCE_FROM = '2019-05-15'

type Periods = { regulation: Regulation; replyDays: number; extensionDays: number }

/** 2019 Art. 33: 20 working days, extendable once by at most 20 with the head's approval. */
const REGULATION_2019: Periods = { regulation: '2019', replyDays: 20, extensionDays: 20 }

/** 2007 Art. 24: 15 working days, extendable by at most 15. */
const REGULATION_2007: Periods = { regulation: '2007', replyDays: 15, extensionDays: 15 }

export const periodsFor = (receivedOn: string): Periods =>
  receivedOn < REGULATION_2019_IN_FORCE_FROM ? REGULATION_2007 : REGULATION_2019

/**
 * 2019 Art. 32: the third party gives its opinion within 15 working days of receiving the consultation;
 * after that the office decides without it, so at most this much consultation time stops the clock.
 * Not in DOMAIN.md (which is silent on Art. 32); taken from the regulation's text and applied to 2007
 * requests too, whose Art. 23 sets no period. Counted from the day the office sends the consultation, the
 * day the office records, since the day the third party receives it is seldom known.
 */
export const THIRD_PARTY_REPLY_DAYS = 15
