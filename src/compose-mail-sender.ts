import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Transporter } from 'nodemailer'
import type { MailDelivery } from './config.js'
import type { MailSender } from './core/index.js'

/**
 * A MailSender over nodemailer: SMTP when configured, else one .eml file per message in the data
 * directory, so that a developer can open a verification link without a mail server. nodemailer
 * is loaded on the first message, not at start-up (it costs about 130 ms to load).
 */
export function createMailSender(delivery: MailDelivery): MailSender {
  let transport: Promise<Transporter> | undefined
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer')
    return delivery.kind === 'smtp'
      ? nodemailer.createTransport(delivery.url)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  }
  return {
    async send(mail) {
      transport ??= openTransport()
      const info = await (await transport).sendMail({
        from: delivery.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@osaamo>`,
      })
      if (delivery.kind === 'files') {
        await mkdir(delivery.directory, { recursive: true })
        const fileName = `${mail.createdAt.toISOString().replaceAll(':', '-')}-${mail.id}.eml`
        await writeFile(join(delivery.directory, fileName), info.message as Buffer)
      }
    },
  }
}
