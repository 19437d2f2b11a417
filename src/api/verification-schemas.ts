import { Type } from 'typebox'

/** One check of a verification report (core's VerificationCheck). */
export const VerificationCheckSchema = Type.Object({
  id: Type.String(),
  outcome: Type.Union(['ok', 'failed', 'warning', 'skipped'].map((value) => Type.Literal(value))),
  code: Type.String(),
  message: Type.Record(Type.String(), Type.String(), {
    description: 'the reason in fi, sv and en',
  }),
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
})

/** A verification report (core's VerificationReport): the verdict and every check. */
export const VerificationReportSchema = Type.Object({
  verified: Type.Boolean(),
  format: Type.String({ description: 'data-integrity, vc-jwt or unknown' }),
  credentialId: Type.Optional(Type.String()),
  issuerId: Type.Optional(Type.String()),
  checks: Type.Array(VerificationCheckSchema),
})

/** The public verification of an issued credential: the report, and what was achieved from whom. */
export const IssuedCredentialVerificationSchema = Type.Object({
  ...VerificationReportSchema.properties,
  about: Type.Object(
    {
      achievementName: Type.String(),
      issuerName: Type.String(),
      validFrom: Type.Optional(Type.String()),
      validUntil: Type.Optional(Type.String()),
    },
    { description: 'as the credential states it; nothing about the learner' },
  ),
})
