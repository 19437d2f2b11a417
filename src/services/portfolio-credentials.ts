import {
  AppError,
  type CredentialReference,
  credentialNamesOf,
  type HeldCredential,
  type JsonObject,
  type Language,
  type Stores,
} from '../core/index.js'

/** One credential of a learner's portfolio, whichever way it came, as reflections and shares read it. */
export type PortfolioCredential = {
  readonly reference: CredentialReference
  /** The credential's JSON (a VC-JWT's payload), or undefined when a VC-JWT cannot be read. */
  readonly document: JsonObject | undefined
  /** The credential exactly as it was signed. */
  readonly held: HeldCredential
}

/** Every credential of the person's portfolio: those Osaamo issued them, then those imported. */
export async function listPortfolioCredentials(
  stores: Pick<Stores, 'issuedCredentials' | 'importedCredentials'>,
  personId: string,
): Promise<PortfolioCredential[]> {
  const [issued, imported] = await Promise.all([
    stores.issuedCredentials.listForLearner(personId),
    stores.importedCredentials.listForPerson(personId),
  ])
  return [
    ...issued.map(
      (credential): PortfolioCredential => ({
        reference: { kind: 'issued', id: credential.id },
        document: credential.credential,
        held:
          credential.jwt === undefined
            ? { kind: 'json', credential: credential.credential }
            : { kind: 'jwt', jwt: credential.jwt },
      }),
    ),
    ...imported.map(
      (credential): PortfolioCredential => ({
        reference: { kind: 'imported', id: credential.id },
        document: credential.credential ?? jwtPayloadOf(credential.jwt),
        held:
          credential.credential === undefined
            ? { kind: 'jwt', jwt: credential.jwt ?? '' }
            : { kind: 'json', credential: credential.credential },
      }),
    ),
  ]
}

/** One credential of the person's portfolio; the not-found error of its kind otherwise. */
export async function getPortfolioCredential(
  stores: Pick<Stores, 'issuedCredentials' | 'importedCredentials'>,
  personId: string,
  reference: CredentialReference,
): Promise<PortfolioCredential> {
  const found = (await listPortfolioCredentials(stores, personId)).find(
    (each) => each.reference.kind === reference.kind && each.reference.id === reference.id,
  )
  if (found === undefined) {
    throw new AppError(
      reference.kind === 'issued' ? 'CREDENTIAL_NOT_FOUND' : 'PORTFOLIO_CREDENTIAL_NOT_FOUND',
    )
  }
  return found
}

/** The names people know a credential by; a VC-JWT that cannot be read shows its kind only. */
export function portfolioCredentialNames(credential: PortfolioCredential, language: Language) {
  return credential.document === undefined
    ? { achievementName: '', issuerName: '' }
    : credentialNamesOf(credential.document, language)
}

/** The signed input the verifier takes: the VC-JWT as it is, or the JSON document. */
export function verifiableInputOf(credential: PortfolioCredential): string | JsonObject {
  return credential.held.kind === 'jwt' ? credential.held.jwt : credential.held.credential
}

/** The credential a VC-JWT carries: its payload (VC-JOSE) or the payload's `vc` (VC-JWT 1.1). */
function jwtPayloadOf(jwt: string | undefined): JsonObject | undefined {
  try {
    const payload = JSON.parse(
      Buffer.from(jwt?.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as JsonObject
    const vc = payload.vc
    return typeof vc === 'object' && vc !== null ? (vc as JsonObject) : payload
  } catch {
    return undefined
  }
}
