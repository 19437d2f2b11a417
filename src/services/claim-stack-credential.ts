import {
  type Actor,
  AppError,
  type IdentityObject,
  isLanguage,
  type JsonObject,
  type Language,
  organisationDid,
  requirePerson,
  type StackCredential,
  type StackCredentialFormat,
  type StackCredentialPart,
  stackCredentialFormats,
  system,
  toEmailIdentityObject,
  toNameIdentityObject,
  toStackCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { progressOf } from './get-stack-progress.js'
import { issueSignedCredential } from './issue-signed-credential.js'
import { loadStackPortfolio } from './load-stack-portfolio.js'
import { getStack } from './read-stacks.js'
import { recordAudit } from './record-audit.js'

/** The format offered first, and used when the learner does not choose (docs/decisions/0028). */
export const defaultStackCredentialFormat: StackCredentialFormat = 'clr'

export type StackCredentialClaim = {
  readonly format?: string | undefined
  /** The language of the credential's texts where a text has several (default: Finnish). */
  readonly language?: string | undefined
}

export type ClaimedStackCredential = StackCredential & {
  readonly verifiableCredential: JsonObject
}

/**
 * Issues the signed-in learner the credential of a published stack they have completed: a CLR
 * 2.0 ClrCredential bundling the counted part credentials with their associations (`clr`, the
 * default), or an OB 3.0 OpenBadgeCredential for the stack's achievement referring to its parts
 * (`open-badge`). Signed by the stack's organisation (eddsa-rdfc-2022, with revocation and
 * suspension entries) and stored as the learner's issued credential, in one transaction with the
 * claim and its audit entry. An incomplete stack is refused with what is missing
 * (STACK_NOT_COMPLETE), a second claim with STACK_ALREADY_CLAIMED; nothing is issued then.
 */
export async function claimStackCredential(
  deps: Deps,
  actor: Actor,
  stackId: string,
  claim: StackCredentialClaim,
): Promise<ClaimedStackCredential> {
  const { personId } = requirePerson(actor)
  const format = claim.format ?? defaultStackCredentialFormat
  if (!stackCredentialFormats.includes(format as StackCredentialFormat)) {
    throw new AppError(
      'REQUEST_INVALID',
      `The format is one of ${stackCredentialFormats.join(', ')}.`,
      {
        details: { problems: [{ path: 'format', message: 'Use clr or open-badge.' }] },
      },
    )
  }
  if (claim.language !== undefined && !isLanguage(claim.language)) {
    throw new AppError('REQUEST_INVALID', 'The language is fi, sv or en.', {
      details: { problems: [{ path: 'language', message: 'Use fi, sv or en.' }] },
    })
  }
  const language: Language = claim.language ?? 'fi'
  const stack = await getStack(deps, { kind: 'anonymous' }, stackId)
  const already = await deps.stores.stacks.findCredential(stack.id, personId)
  if (already !== undefined) {
    throw alreadyClaimed(already.issuedCredentialId)
  }
  const portfolio = await loadStackPortfolio(deps, personId, language)
  const { progress } = await progressOf(deps, personId, stack, portfolio)
  if (!progress.isComplete) {
    throw new AppError('STACK_NOT_COMPLETE', undefined, {
      details: {
        unmet: progress.unmet,
        missingParts: progress.parts
          .filter((part) => !part.isDone)
          .map((part) => ({ index: part.index, missing: part.missing, options: part.options })),
        ects: progress.ects,
      },
    })
  }
  const held = new Map(portfolio.credentials.map((credential) => [credential.id, credential]))
  const parts = progress.counted.map((id): StackCredentialPart => {
    const credential = held.get(id)
    const signed = portfolio.signed.get(id)
    if (credential === undefined || signed === undefined) {
      throw new TypeError('a counted credential is not in the portfolio')
    }
    return {
      credential: signed,
      name: credential.name,
      issuerName: credential.issuerName,
      awardedAt: credential.awardedAt,
      ects: credential.ects,
    }
  })
  const unsigned = toStackCredential({
    format: format as StackCredentialFormat,
    achievementId: `${deps.publicUrl}/api/stacks/${stack.id}`,
    name: stack.name,
    description: stack.description,
    issuer: {
      id: organisationDid(deps.publicUrl, stack.organisation.slug),
      name: stack.organisation.name,
      url: `${deps.publicUrl}/organisations/${stack.organisation.slug}`,
    },
    identifier: await identifierOf(deps, personId),
    parts,
    ects: progress.ects.achieved,
    validFrom: deps.clock.now(),
    language,
  })
  const { '@context': context, ...fields } = unsigned
  // The id first, as the signing path keeps it: the OB 3.0 schema asks for one before signing.
  const credential = { '@context': context, id: `urn:uuid:${deps.ids.newId()}`, ...fields }
  if (format === 'open-badge') {
    const schema = deps.openBadgesSchema.validate(credential, 'achievement')
    if (!schema.isValid) {
      // A built credential that fails the schema is Osaamo's fault, not the learner's: never sign it.
      throw new AppError(
        'INTERNAL_ERROR',
        'The stack credential does not pass the OB 3.0 schema.',
        {
          details: { problems: schema.errors },
        },
      )
    }
  }
  return deps.transaction(async (stores) => {
    // The learner holds no issuing role: the stack's organisation issues what its rules promise.
    const issued = await issueSignedCredential(
      deps,
      {
        actor: system,
        organisationId: stack.organisationId,
        credential,
        format: 'eddsa-rdfc-2022',
        withStatus: true,
        learnerPersonId: personId,
      },
      stores,
    )
    const claimed: StackCredential = {
      id: deps.ids.newId(),
      stackId: stack.id,
      personId,
      issuedCredentialId: issued.id,
      format: format as StackCredentialFormat,
      claimedAt: deps.clock.now(),
    }
    if (!(await stores.stacks.addCredential(claimed))) {
      const winner = await stores.stacks.findCredential(stack.id, personId)
      throw alreadyClaimed(winner?.issuedCredentialId)
    }
    await recordAudit(deps, stores, actor, {
      action: 'stack.credential-claimed',
      organisationId: stack.organisationId,
      subject: { stackId: stack.id, credentialId: issued.id, personId, format },
    })
    return { ...claimed, verifiableCredential: issued.verifiableCredential as JsonObject }
  })
}

/** The learner as the credential names them: a salted hash of their first address, and their name. */
async function identifierOf(
  deps: Pick<Deps, 'stores' | 'secrets'>,
  personId: string,
): Promise<IdentityObject[]> {
  const person = await deps.stores.people.findById(personId)
  if (person === undefined) {
    throw new AppError('PERSON_NOT_FOUND')
  }
  const addresses = await deps.stores.people.listEmailAddresses(personId)
  const address = addresses.find((known) => known.verifiedAt !== undefined) ?? addresses[0]
  return [
    ...(address === undefined
      ? []
      : [
          toEmailIdentityObject(
            address.address,
            // The salt keeps the e-mail address from being guessed from its hash.
            deps.secrets.newToken('').slice(0, 22),
            deps.secrets.sha256Hex,
          ),
        ]),
    toNameIdentityObject(person.displayName),
  ]
}

function alreadyClaimed(credentialId: string | undefined): AppError {
  return new AppError('STACK_ALREADY_CLAIMED', undefined, {
    details: credentialId === undefined ? {} : { credentialId },
  })
}
