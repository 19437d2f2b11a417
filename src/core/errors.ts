/**
 * The closed table of Osaamo's error codes. Each code has a plain-language message; the API maps
 * codes to HTTP statuses (src/api/error-status.ts) and the CLI to exit codes. Every code is
 * documented in docs/errors.md, and a test keeps the two in step.
 */
export const errorCodes = {
  /** Raised when a request names a route that does not exist. */
  ROUTE_NOT_FOUND: 'There is nothing at this address.',
  /** Raised when a request body is not well-formed JSON. */
  REQUEST_BODY_MALFORMED: 'The request body is not well-formed JSON.',
  /** Raised when a request body exceeds the configured limit. */
  REQUEST_BODY_TOO_LARGE: 'The request body is larger than the server accepts.',
  /** Raised when a request body has a media type the route does not accept. */
  REQUEST_MEDIA_TYPE_UNSUPPORTED: 'The request body has a media type this address does not accept.',
  /** Raised when a request's parameters, query or body do not match the route's schema. */
  REQUEST_INVALID: 'The request does not match what this address expects.',
  /** Raised when a client sends more requests than it is allowed in a time window. */
  REQUEST_RATE_LIMITED: 'Too many requests; wait a moment and try again.',
  /** Raised when the database cannot be reached or answers with an error. */
  DATABASE_UNAVAILABLE: 'The database is not available.',
  /** Raised when the configuration (environment variables) is invalid. */
  CONFIG_INVALID: 'The configuration is invalid.',
  /** Raised when a command-line invocation is malformed. */
  CLI_USAGE_INVALID: 'The command was not used correctly.',
  /** Raised when a database migration fails; the database is left at the last good version. */
  MIGRATION_FAILED: 'A database migration failed.',
  /** Raised when demo data is requested on a configuration that is not a demo. */
  DEMO_DATA_REFUSED: 'Demo data can only be loaded into a demo installation.',
  /** Raised when an organisation named by id or slug does not exist. */
  ORGANISATION_NOT_FOUND: 'No such organisation.',
  /** Raised when an organisation slug is already taken. */
  ORGANISATION_SLUG_TAKEN: 'An organisation with this short name already exists.',
  /** Raised when a request needs a signed-in person or an API token and has neither. */
  AUTHENTICATION_REQUIRED: 'Sign in first.',
  /** Raised when the caller is known but does not hold a role that allows the operation. */
  PERMISSION_DENIED: 'You do not have permission to do this.',
  /** Raised for a wrong e-mail address or password, alike, so that neither is revealed. */
  SIGN_IN_FAILED: 'The e-mail address or the password is not right.',
  /** Raised when a cookie-authenticated change comes without the session's CSRF token. */
  CSRF_TOKEN_INVALID: 'The request lacks a valid CSRF token; reload the page and try again.',
  /** Raised when an Authorization: Bearer token is malformed, unknown or revoked. */
  API_TOKEN_INVALID: 'The API token is not valid.',
  /** Raised when an API token named by id does not exist in the organisation. */
  API_TOKEN_NOT_FOUND: 'No such API token.',
  /** Raised when a person named by id or e-mail address does not exist. */
  PERSON_NOT_FOUND: 'No such person.',
  /** Raised when what a learner imports into their portfolio is not a credential. */
  PORTFOLIO_IMPORT_INVALID: 'This is not a verifiable credential.',
  /** Raised when a learner imports a credential their portfolio holds already. */
  PORTFOLIO_CREDENTIAL_DUPLICATE: 'Your portfolio holds this credential already.',
  /** Raised when a learner names an imported credential they do not have. */
  PORTFOLIO_CREDENTIAL_NOT_FOUND: 'Your portfolio has no imported credential with this id.',
  /** Raised when a reflection's text, date, evidence link or learning outcome is not acceptable. */
  REFLECTION_INVALID:
    'The reflection cannot be saved; every problem is listed and nothing changed.',
  /** Raised when a learner names a reflection they do not have. */
  REFLECTION_NOT_FOUND: 'You have no reflection with this id.',
  /** Raised when a counsellor invitation or comment is not acceptable; every problem is listed. */
  COUNSELLOR_INVITATION_INVALID:
    'The counsellor invitation cannot be made; every problem is listed and nothing changed.',
  /** Raised when an invitation is unknown, revoked, or not to the signed-in person. */
  COUNSELLOR_INVITATION_NOT_FOUND: 'No such counsellor invitation, or it was revoked.',
  /** Raised when a share's selection or expiry is not acceptable; every problem is listed. */
  SHARE_INVALID: 'The share cannot be made; every problem is listed and nothing changed.',
  /** Raised when a share named by id or link is unknown (or not the learner's). */
  SHARE_NOT_FOUND: 'No such share.',
  /** Raised when a share's link is opened after its last day. */
  SHARE_EXPIRED:
    'This share link has expired. The credentials themselves may still be valid: ask the learner for a new link.',
  /** Raised when a share's link is opened (or withdrawn again) after the learner withdrew it. */
  SHARE_WITHDRAWN: 'The learner has withdrawn this share link.',
  /** Raised when a person added to an organisation by e-mail address is a member already. */
  MEMBERSHIP_EXISTS:
    'The person is already a member of the organisation; change their roles in the list of people.',
  /** Raised when the last admin of an organisation would lose the role. */
  ORGANISATION_LAST_ADMIN:
    'This is the organisation’s last admin: give someone else the admin role first.',
  /** Raised when an e-mail address already belongs to a person. */
  EMAIL_ADDRESS_TAKEN: 'This e-mail address cannot be used.',
  /** Raised when an e-mail address named by the caller is not one of theirs. */
  EMAIL_ADDRESS_NOT_FOUND: 'No such e-mail address on your account.',
  /** Raised when removing the last verified address, which the person needs to get back in. */
  EMAIL_ADDRESS_LAST_VERIFIED:
    'Your last verified e-mail address cannot be removed; add and verify another one first.',
  /** Raised for an unknown, used or expired e-mail verification link. */
  EMAIL_VERIFICATION_INVALID:
    'This verification link is not valid any more; add the address again to get a new one.',
  /** Raised when a session named by id is not one of the caller's. */
  SESSION_NOT_FOUND: 'No such session.',
  /** Raised by `osaamo audit verify` when the audit log's hash chain does not hold. */
  AUDIT_CHAIN_BROKEN: 'The audit log has been altered.',
  /** Raised when single sign-on (OpenID Connect) is asked for but this installation has none. */
  OIDC_NOT_CONFIGURED: 'Single sign-on is not set up on this installation.',
  /** Raised when a single sign-on does not check out: unknown or expired state, provider error. */
  OIDC_SIGN_IN_FAILED: 'Single sign-on did not succeed; start again.',
  /** Raised when the OpenID provider cannot be reached or answers with an error. */
  OIDC_PROVIDER_UNAVAILABLE: 'The single sign-on service cannot be reached; try again later.',
  /** Raised when the OpenID provider does not vouch for the person's e-mail address. */
  OIDC_EMAIL_UNVERIFIED:
    'The single sign-on service did not confirm your e-mail address, so Osaamo cannot use it.',
  /** Raised when a pending single sign-on link is unknown, expired or someone else's. */
  OIDC_LINK_NOT_FOUND:
    'No such single sign-on link waiting for you; sign in with single sign-on again.',
  /** Raised when a single sign-on account is already linked to a person. */
  OIDC_IDENTITY_LINKED: 'This single sign-on account is already linked to an Osaamo account.',
  /** Raised when an ESCO download cannot be imported: missing files or columns, or bad rows. */
  ESCO_IMPORT_INVALID: 'The ESCO files cannot be imported.',
  /** Raised when an ESCO skill or occupation named by its URI is not in the imported ESCO. */
  ESCO_CONCEPT_NOT_FOUND: 'No such ESCO skill or occupation.',
  /** Raised when the free text to suggest ESCO skills for is empty, too long or has no words. */
  SKILL_SUGGESTION_TEXT_INVALID:
    'The text to suggest skills for is empty, too long or holds no searchable word.',
  /** Raised when skills are asked for in a language the imported ESCO does not hold. */
  SKILL_SUGGESTION_LANGUAGE_UNSUPPORTED:
    'Skill suggestions are made in English only, the language of the imported ESCO.',
  /** Raised when a specification does not exist or the caller may not see any of its versions. */
  SPECIFICATION_NOT_FOUND: 'No such micro-credential specification.',
  /** Raised when a specification version does not exist, or is unpublished and not the caller's to see. */
  SPECIFICATION_VERSION_NOT_FOUND: 'No such version of a micro-credential specification.',
  /** Raised when a lifecycle step does not fit the version's state (or its blocking problems). */
  SPECIFICATION_TRANSITION_NOT_ALLOWED:
    'This step is not possible for the version in its current state.',
  /** Raised when editing a version that is not a draft. */
  SPECIFICATION_NOT_EDITABLE: 'Only a draft can be edited.',
  /** Raised when specifications to import do not have the import shape; nothing is saved. */
  SPECIFICATION_IMPORT_INVALID:
    'The specifications cannot be imported; every problem is listed and nothing was saved.',
  /** Raised when an offering named by id does not exist or is not the caller's to see. */
  OFFERING_NOT_FOUND: 'No such offering.',
  /** Raised when offering details are not acceptable; every problem is listed. */
  OFFERING_INVALID: 'The offering details are not acceptable; every problem is listed.',
  /** Raised when an offering's lifecycle step does not fit its state. */
  OFFERING_TRANSITION_NOT_ALLOWED:
    'This step is not possible for the offering in its current state.',
  /** Raised when changing the details of an offering that is no longer planned. */
  OFFERING_NOT_EDITABLE: 'Only a planned offering can be changed.',
  /** Raised when a competence need named by id does not exist or is not the caller's to see. */
  COMPETENCE_NEED_NOT_FOUND: 'No such competence need.',
  /** Raised when a competence need's details are not acceptable; every problem is listed. */
  COMPETENCE_NEED_INVALID: 'The competence need is not acceptable; every problem is listed.',
  /** Raised when changing or withdrawing a competence need that was already withdrawn. */
  COMPETENCE_NEED_CLOSED: 'The competence need was withdrawn and no longer changes.',
  /** Raised when a stack does not exist, or is not published and not the caller's to see. */
  STACK_NOT_FOUND: 'No such stack.',
  /** Raised when a stack definition is not acceptable; every problem is listed. */
  STACK_INVALID: 'The stack is not acceptable; every problem is listed.',
  /** Raised when a published stack would be changed or published again. */
  STACK_ALREADY_PUBLISHED: 'The stack is published and no longer changes.',
  /** Raised when a stack credential is claimed before the stack is complete. */
  STACK_NOT_COMPLETE: 'The stack is not complete yet; the missing parts are listed.',
  /** Raised when a learner claims the credential of a stack a second time. */
  STACK_ALREADY_CLAIMED: 'You have claimed the credential of this stack already.',
  /** Raised when a study path request's goal or constraints are not acceptable; every problem is listed. */
  STUDY_PATH_REQUEST_INVALID: 'The study path request is not acceptable; every problem is listed.',
  /** Raised when a sign-off names content the version no longer has (it changed since the review). */
  SIGN_OFF_VERSION_CHANGED:
    'The version has changed since you reviewed it; review it again before signing off.',
  /** Raised when a sign-off is asked for a retired version (or another that cannot be endorsed). */
  SIGN_OFF_VERSION_CLOSED: 'This version can no longer be signed off.',
  /** Raised when the organisation already has a standing endorsement of the version. */
  SIGN_OFF_ALREADY_GIVEN: 'Your organisation has already signed off this version.',
  /** Raised when an endorsement named by id does not exist or is not the caller's to see. */
  ENDORSEMENT_NOT_FOUND: 'No such endorsement.',
  /** Raised when withdrawing an endorsement that was already withdrawn. */
  ENDORSEMENT_WITHDRAWN: 'The endorsement was already withdrawn.',
  /** Raised when an enrolment would take more seats than the offering has. */
  OFFERING_FULL: 'The offering has no seats left.',
  /** Raised when a version has no design workspace the caller may see (not staff, not invited). */
  WORKSPACE_NOT_FOUND: 'No such design workspace.',
  /** Raised when inviting, commenting or suggesting in the workspace of a version that is no draft. */
  WORKSPACE_CLOSED: 'The version is no longer a draft; its workspace can be read but not changed.',
  /** Raised when the person invited to a workspace is not a member of a partner organisation. */
  WORKSPACE_INVITEE_NOT_PARTNER:
    'Only people of a partner organisation are invited into a design workspace.',
  /** Raised when inviting a person who already takes part in the workspace. */
  WORKSPACE_PARTICIPANT_EXISTS: 'The person already takes part in this workspace.',
  /** Raised when removing a person who does not take part in the workspace. */
  WORKSPACE_PARTICIPANT_NOT_FOUND: 'The person does not take part in this workspace.',
  /** Raised when a workspace comment named by id is not in the workspace. */
  COMMENT_NOT_FOUND: 'No such comment in this workspace.',
  /** Raised when a workspace comment's text is empty or too long, or a reply answers a reply. */
  COMMENT_INVALID: 'The comment cannot be saved; every problem is listed and nothing changed.',
  /** Raised when a workspace comment or suggestion points at no field or outcome of the version. */
  COMMENT_ANCHOR_INVALID: 'The comment points at no field or learning outcome of this version.',
  /** Raised when a suggested edit named by id is not in the workspace. */
  SUGGESTION_NOT_FOUND: 'No such suggested edit in this workspace.',
  /** Raised when a workspace suggestion's text or reason is not acceptable. */
  SUGGESTION_INVALID: 'The suggested edit cannot be saved; every problem is listed.',
  /** Raised when accepting or rejecting a workspace suggestion that was decided already. */
  SUGGESTION_ALREADY_DECIDED: 'The suggested edit was accepted or rejected already.',
  /** Raised when accepting a workspace suggestion whose learning outcome was removed since. */
  SUGGESTION_ANCHOR_GONE:
    'The learning outcome the suggestion was made for is no longer in the draft.',
  /** Raised when enrolling outside an open offering's enrolment window (or in a closed one). */
  ENROLMENT_NOT_ALLOWED: 'Enrolment in this offering is not possible now.',
  /** Raised when the person is already enrolled in the offering. */
  ENROLMENT_EXISTS: 'You are already enrolled in this offering.',
  /** Raised when an enrolment import has problems; every row's problems are listed, nothing saved. */
  ENROLMENT_IMPORT_INVALID:
    'The enrolments cannot be imported; every problem is listed and nothing was saved.',
  /** Raised when a result cannot be recorded (not enrolled, grade outside the scheme, …). */
  RESULT_INVALID: 'The result cannot be recorded; every problem is listed and nothing changed.',
  /** Raised when a results import has problems and invalid rows are not to be skipped. */
  RESULT_IMPORT_INVALID:
    'The results cannot be imported; every problem is listed and nothing was saved.',
  /** Raised when a credential to sign or issue is not acceptable: unknown context, undefined term, schema. */
  CREDENTIAL_INVALID: 'The credential cannot be signed as it is.',
  /** Raised when a learner already has a credential for the enrolment (cohort issuing is idempotent). */
  CREDENTIAL_ALREADY_ISSUED: 'The learner already has a credential for this offering.',
  /** Raised when cohort issuing is asked for an offering that is not closed. */
  OFFERING_NOT_CLOSED: 'Credentials are issued to a cohort only after its offering is closed.',
  /** Raised when an issuing run named by id does not exist or is not the caller's to see. */
  ISSUING_RUN_NOT_FOUND: 'No such issuing run.',
  /** Raised when a claim link is unknown, used, expired or replaced by a newer one. */
  CLAIM_LINK_INVALID:
    'This claim link does not work any more: it was used, it expired, or a newer link replaced it.',
  /** Raised when a claim link is re-sent for a credential that was claimed already. */
  CLAIM_ALREADY_USED: 'The credential has been claimed already; there is no link to send.',
  /** Raised when signing up through a claim link with an address that has an account already. */
  CLAIM_ACCOUNT_EXISTS:
    'An account with this e-mail address exists; sign in to claim the credential.',
  /** Raised by the VC API verify endpoint when a credential does not pass verification. */
  CREDENTIAL_NOT_VERIFIED: 'The credential did not pass verification.',
  /** Raised when an issued credential named by id does not exist or is not the caller's to see. */
  CREDENTIAL_NOT_FOUND: 'No such credential.',
  /** Raised when a status change does not fit the credential's status (reinstating a revoked one). */
  CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED: 'This status change is not possible for this credential.',
  /** Raised when a wallet's pre-authorised code is unknown, used, expired or locked, or its transaction code is wrong. */
  CREDENTIAL_OFFER_GRANT_INVALID:
    'The credential offer cannot be redeemed: the code is not valid any more, or the transaction code is wrong.',
  /** Raised when a wallet's access token for a credential offer is unknown, expired or used. */
  CREDENTIAL_OFFER_TOKEN_INVALID: 'The access token is not valid.',
  /** Raised when a wallet asks for a credential configuration this offer does not cover. */
  CREDENTIAL_CONFIGURATION_UNKNOWN: 'The credential configuration is unknown.',
  /** Raised when a recognition target named by id does not exist. */
  RECOGNITION_TARGET_NOT_FOUND: 'No such course, module or degree to recognise towards.',
  /** Raised when a recognition target's details are not acceptable; every problem is listed. */
  RECOGNITION_TARGET_INVALID:
    'The course, module or degree is not acceptable; every problem is listed.',
  /** Raised when an organisation has a recognition target with this code already. */
  RECOGNITION_TARGET_CODE_TAKEN: 'The organisation has a course, module or degree with this code.',
  /** Raised when a curriculum CSV has problems; every row's problems are listed, nothing saved. */
  RECOGNITION_IMPORT_INVALID:
    'The curriculum cannot be imported; every problem is listed and nothing was saved.',
  /** Raised when a credential submitted for recognition does not pass verification. */
  RECOGNITION_CREDENTIAL_NOT_VERIFIED:
    'The credential did not pass verification, so it cannot be submitted for recognition.',
  /** Raised when a recognition request named by id does not exist or is not the caller's to see. */
  RECOGNITION_REQUEST_NOT_FOUND: 'No such recognition request.',
  /** Raised when the learner has an open request for the same credential and target. */
  RECOGNITION_REQUEST_EXISTS:
    'You have an open recognition request for this credential and target already.',
  /** Raised when deciding or withdrawing a request that was decided or withdrawn already. */
  RECOGNITION_REQUEST_CLOSED: 'The recognition request was decided or withdrawn already.',
  /** Raised when a registrar's recognition decision is not acceptable; every problem is listed. */
  RECOGNITION_DECISION_INVALID: 'The decision is not acceptable; every problem is listed.',
  /** Raised when a status list named in a URL does not exist. */
  STATUS_LIST_NOT_FOUND: 'No such status list.',
  /** Raised when a key file or key object is not an Ed25519 Multikey (with its secret, to sign). */
  KEY_INVALID: 'The key is not a usable Ed25519 Multikey.',
  /** Raised when a stored signing key cannot be opened with the configured key-encryption key. */
  SIGNING_KEY_UNREADABLE: 'A signing key cannot be opened with the configured key-encryption key.',
  /** Raised for any failure that is not the caller's fault; details go to the log, not the caller. */
  INTERNAL_ERROR: 'Something went wrong on our side. The problem has been logged.',
} as const

export type ErrorCode = keyof typeof errorCodes

/** Every error code, for tables that must cover all of them. */
export const allErrorCodes = Object.keys(errorCodes) as ErrorCode[]

/** Extra, non-personal facts about an error that a caller may act on (field paths, limits). */
export type ErrorDetails = Readonly<Record<string, unknown>>

/**
 * The one error type Osaamo throws for expected failures. Programmer errors throw TypeError and
 * are never caught for control flow.
 */
export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: ErrorCode
  readonly details: ErrorDetails | undefined

  constructor(
    code: ErrorCode,
    message?: string,
    options: { cause?: unknown; details?: ErrorDetails } = {},
  ) {
    super(message ?? errorCodes[code], options.cause === undefined ? {} : { cause: options.cause })
    this.code = code
    this.details = options.details
  }
}

/** True when `error` is an AppError, optionally with the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}
