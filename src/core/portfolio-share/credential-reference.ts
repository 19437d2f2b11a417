/** Which of a learner's credentials: one Osaamo issued them, or one they imported. */
export type CredentialReference = {
  readonly kind: 'issued' | 'imported'
  readonly id: string
}

export const credentialReferenceKinds = ['issued', 'imported'] as const

/** True when both name the same credential. */
export function isSameCredential(a: CredentialReference, b: CredentialReference): boolean {
  return a.kind === b.kind && a.id === b.id
}

/** The references without repeats, in their first order. */
export function distinctReferences(
  references: readonly CredentialReference[],
): CredentialReference[] {
  const seen: CredentialReference[] = []
  for (const reference of references) {
    if (!seen.some((known) => isSameCredential(known, reference))) {
      seen.push({ kind: reference.kind, id: reference.id })
    }
  }
  return seen
}
