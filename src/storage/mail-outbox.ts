import { type Kysely, sql } from 'kysely'
import type { Mail, MailOutbox } from '../core/index.js'
import type { Database } from './schema.js'

/** After this many failed attempts a message stays in the outbox for an operator to look at. */
const maxAttempts = 10

export function createMailOutbox(db: Kysely<Database>): MailOutbox {
  return {
    async enqueue(mail) {
      await insertMails(db, [mail])
    },
    enqueueMany: (mails) => insertMails(db, mails),
    async claimUnsent(limit, work) {
      // Each message is taken under a row lock that other processes skip, sent, and deleted in
      // the same transaction: a message is sent once, or stays for the next round.
      const claimOne = () =>
        db.transaction().execute(async (transaction) => {
          const row = await transaction
            .selectFrom('mail_outbox')
            .selectAll()
            .where('attempts', '<', maxAttempts)
            .orderBy('created_at')
            .limit(1)
            .forUpdate()
            .skipLocked()
            .executeTakeFirst()
          if (row === undefined) {
            return false
          }
          const mail: Mail = {
            id: row.id,
            recipient: row.recipient,
            subject: row.subject,
            text: row.text,
            createdAt: row.created_at,
          }
          try {
            await work(mail)
            await transaction.deleteFrom('mail_outbox').where('id', '=', row.id).execute()
          } catch (error) {
            await transaction
              .updateTable('mail_outbox')
              .set({
                attempts: sql`attempts + 1`,
                last_error: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
              })
              .where('id', '=', row.id)
              .execute()
          }
          return true
        })
      let handled = 0
      while (handled < limit && (await claimOne())) {
        handled += 1
      }
      return handled
    },
    async deleteForRecipient(recipient) {
      await db.deleteFrom('mail_outbox').where('recipient', '=', recipient).execute()
    },
  }
}

async function insertMails(db: Kysely<Database>, mails: readonly Mail[]): Promise<void> {
  if (mails.length === 0) {
    return
  }
  await db
    .insertInto('mail_outbox')
    .values(
      mails.map((mail) => ({
        id: mail.id,
        recipient: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        created_at: mail.createdAt,
      })),
    )
    .execute()
}
