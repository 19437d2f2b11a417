import {
  type Actor,
  AppError,
  emailVerificationLifetimeMs,
  type Language,
  normaliseEmailAddress,
  requirePerson,
  system,
  toVerificationMail,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

type EmailDeps = Pick<Deps, 'clock' | 'ids' | 'secrets' | 'transaction' | 'publicUrl'>

/**
 * Adds an unverified e-mail address to the signed-in person and mails it a verification link.
 * An address that already belongs to anyone gets the same answer and no mail, so that this
 * endpoint reveals nothing about who is registered.
 */
export async function addEmailAddress(
  deps: EmailDeps,
  actor: Actor,
  input: { emailAddress: string; language: Language },
): Promise<void> {
  const { personId } = requirePerson(actor)
  const address = normaliseEmailAddress(input.emailAddress)
  if (address === undefined) {
    throw new AppError('REQUEST_INVALID', 'This is not an e-mail address.', {
      details: {
        problems: [
          { path: 'emailAddress', message: 'Give an e-mail address such as maija@example.fi.' },
        ],
      },
    })
  }
  await deps.transaction(async (stores) => {
    if ((await stores.people.findEmailAddress(address)) !== undefined) {
      return
    }
    const now = deps.clock.now()
    const emailAddressId = deps.ids.newId()
    await stores.people.addEmailAddress({
      id: emailAddressId,
      personId,
      address,
      verifiedAt: undefined,
      createdAt: now,
    })
    const token = deps.secrets.newToken('osaamo_ev_')
    await stores.emailVerifications.create({
      id: deps.ids.newId(),
      emailAddressId,
      tokenHash: deps.secrets.sha256Hex(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + emailVerificationLifetimeMs),
    })
    const link = `${deps.publicUrl}/verify-email?token=${encodeURIComponent(token)}`
    await stores.mailOutbox.enqueue({
      id: deps.ids.newId(),
      recipient: address,
      createdAt: now,
      ...toVerificationMail(input.language, link),
    })
    await recordAudit(deps, stores, actor, {
      action: 'email-address.added',
      subject: { personId, emailAddressId },
    })
  })
}

/**
 * Verifies an address with the token from its link. The token works once; an unknown or expired
 * one is refused with EMAIL_VERIFICATION_INVALID and changes nothing.
 */
export async function verifyEmailAddress(
  deps: EmailDeps,
  token: string,
): Promise<{ emailAddress: string }> {
  return deps.transaction(async (stores) => {
    const verification = await stores.emailVerifications.findByTokenHash(
      deps.secrets.sha256Hex(token),
    )
    const now = deps.clock.now()
    if (verification === undefined || verification.expiresAt <= now) {
      throw new AppError('EMAIL_VERIFICATION_INVALID')
    }
    const owner = await stores.people.findEmailAddressById(verification.emailAddressId)
    if (owner === undefined) {
      throw new AppError('EMAIL_VERIFICATION_INVALID')
    }
    await stores.people.markEmailAddressVerified(verification.emailAddressId, now)
    await stores.emailVerifications.delete(verification.id)
    await recordAudit(deps, stores, system, {
      action: 'email-address.verified',
      subject: { personId: owner.personId, emailAddressId: verification.emailAddressId },
    })
    return { emailAddress: owner.address }
  })
}

/**
 * Removes one of the signed-in person's addresses. The last verified address stays: without it
 * the person could not get back into their account.
 */
export async function removeEmailAddress(
  deps: EmailDeps,
  actor: Actor,
  emailAddress: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    const addresses = await stores.people.listEmailAddresses(personId)
    const target = addresses.find(
      (address) => address.address === normaliseEmailAddress(emailAddress),
    )
    if (target === undefined) {
      throw new AppError('EMAIL_ADDRESS_NOT_FOUND')
    }
    const otherVerified = addresses.filter(
      (address) => address.id !== target.id && address.verifiedAt !== undefined,
    )
    if (target.verifiedAt !== undefined && otherVerified.length === 0) {
      throw new AppError('EMAIL_ADDRESS_LAST_VERIFIED')
    }
    await stores.people.deleteEmailAddress(target.id)
    await recordAudit(deps, stores, actor, {
      action: 'email-address.removed',
      subject: { personId, emailAddressId: target.id },
    })
  })
}
