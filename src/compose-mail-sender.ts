import nodemailer from 'nodemailer'
import type { MailDelivery } from './config.js'
import type { MailSender } from './core/index.js'

/**
 * A MailSender over nodemailer: SMTP when configured, else one .eml file per message in the data
 * directory, so that a developer can open a verification link without a mail server.
 */
export function createMailSender(delivery: MailDelivery): MailSender {
  const transport =
    delivery.kind === 'smtp'
      ? nodemailer.createTransport(delivery.url)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: delivery.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@osaamo>`,
      })
      if (delivery.kind === 'files') {
        const { mkdir, writeFile } = await import('node:fs/promises')
        const { join } = await import('node:path')
        await mkdir(delivery.directory, { recursive: true })
        await writeFile(
          join(
            delivery.directory,
            `${mail.createdAt.toISOString().replaceAll(':', '-')}-${mail.id}.eml`,
          ),
          info.message as Buffer,
        )
      }
    },
  }
}
