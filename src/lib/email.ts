import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

type Transport = ReturnType<typeof nodemailer.createTransport>

const transports = new Map<string, Transport>()

/** Read at send time, so a process (or a test) that sets SMTP_* after loading the config is honoured. */
const transportFromEnv = (): { transport: Transport; isLogOnly: boolean } => {
  const host = process.env.SMTP_HOST
  const port = Number(process.env.SMTP_PORT ?? 587)
  const key = host ? `${host}:${port}:${process.env.SMTP_USER ?? ''}` : 'log'
  let transport = transports.get(key)
  if (!transport) {
    transport = host
      ? nodemailer.createTransport({
          host,
          port,
          secure: port === 465,
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } : undefined,
        })
      : // Without SMTP_HOST (development) messages are built but go nowhere; the log says so.
        nodemailer.createTransport({ jsonTransport: true })
    transports.set(key, transport)
  }
  return { transport, isLogOnly: !host }
}

/**
 * Payload's e-mail through nodemailer, configured from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS and
 * EMAIL_FROM ("Name <address>" or an address).
 */
export const emailAdapter =
  (): EmailAdapter =>
  ({ payload }) => {
    const from = process.env.EMAIL_FROM ?? '公开 Gongkai <noreply@gongkai.local>'
    const match = /^(.*)<(.+)>$/.exec(from)
    const defaultFromName = match ? match[1]!.trim() : '公开 Gongkai'
    const defaultFromAddress = match ? match[2]!.trim() : from
    return {
      name: 'nodemailer',
      defaultFromAddress,
      defaultFromName,
      sendEmail: async (message) => {
        const { transport, isLogOnly } = transportFromEnv()
        const info = await transport.sendMail({ from: `${defaultFromName} <${defaultFromAddress}>`, ...message })
        if (isLogOnly)
          payload.logger.info({ msg: 'e-mail not sent (no SMTP_HOST)', to: message.to, subject: message.subject })
        return info
      },
    }
  }
