import {
  type Actor,
  AppError,
  type CredentialLearningOutcome,
  type CredentialReference,
  type FieldProblem,
  helsinkiDateOf,
  type Language,
  learningOutcomesOf,
  type Reflection,
  type ReflectionComment,
  type ReflectionInput,
  reflectionProblems,
  requirePerson,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { getPortfolioCredential, type PortfolioCredential } from './portfolio-credentials.js'
import { recordAudit } from './record-audit.js'

/** A learning outcome of a credential with the learner's reflections on it and their comments. */
export type ReflectedOutcome = CredentialLearningOutcome & {
  readonly reflections: readonly (Reflection & {
    readonly comments: readonly ReflectionComment[]
  })[]
}

/**
 * The learning outcomes of one of the signed-in learner's credentials (see learningOutcomesOf for
 * where they come from), each with the learner's reflections and counsellors' comments on them.
 * A reflection whose outcome the credential no longer names (it cannot, credentials never change,
 * but an import may be read differently later) is listed under its own key.
 */
export async function listCredentialReflections(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  reference: CredentialReference,
  language: Language,
): Promise<ReflectedOutcome[]> {
  const { personId } = requirePerson(actor)
  const credential = await getPortfolioCredential(deps.stores, personId, reference)
  return reflectedOutcomes(deps, personId, credential, language, { withComments: true })
}

/** The outcomes of a credential with the person's reflections on them (and comments if asked). */
export async function reflectedOutcomes(
  deps: Pick<Deps, 'stores'>,
  personId: string,
  credential: PortfolioCredential,
  language: Language,
  options: { withComments: boolean },
): Promise<ReflectedOutcome[]> {
  const outcomes = learningOutcomesOf(credential.document, language)
  const reflections = await deps.stores.reflections.listForPerson(personId, [credential.reference])
  const comments = options.withComments
    ? await deps.stores.reflections.listComments(reflections.map((reflection) => reflection.id))
    : []
  const withComments = (reflection: Reflection) => ({
    ...reflection,
    comments: comments.filter((comment) => comment.reflectionId === reflection.id),
  })
  const orphans = reflections.filter(
    (reflection) => !outcomes.some((outcome) => outcome.key === reflection.learningOutcomeKey),
  )
  return [
    ...outcomes.map((outcome) => ({
      ...outcome,
      reflections: reflections
        .filter((reflection) => reflection.learningOutcomeKey === outcome.key)
        .map(withComments),
    })),
    ...[...new Set(orphans.map((reflection) => reflection.learningOutcomeKey))].map((key) => ({
      key,
      text: key,
      source: 'learning-outcome' as const,
      reflections: orphans
        .filter((reflection) => reflection.learningOutcomeKey === key)
        .map(withComments),
    })),
  ]
}

/**
 * Adds the signed-in learner's reflection on one learning outcome of one of their credentials.
 * Every problem at once (REFLECTION_INVALID), also an outcome the credential does not have; a
 * refused reflection changes nothing. Private to the learner until they invite a counsellor or
 * include reflections in a share.
 */
export async function createReflection(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  reference: CredentialReference,
  input: ReflectionInput & { learningOutcomeKey: string },
): Promise<Reflection> {
  const { personId } = requirePerson(actor)
  const credential = await getPortfolioCredential(deps.stores, personId, reference)
  const now = deps.clock.now()
  const problems = reflectionProblems(input, helsinkiDateOf(now))
  // The language does not change the keys; any one reads them.
  const outcomes = learningOutcomesOf(credential.document, 'en')
  if (!outcomes.some((outcome) => outcome.key === input.learningOutcomeKey)) {
    problems.push({
      path: 'learningOutcomeKey',
      code: 'unknown',
      message: 'The credential has no such learning outcome.',
    })
  }
  throwIfInvalid(problems)
  const reflection: Reflection = {
    id: deps.ids.newId(),
    personId,
    credential: reference,
    learningOutcomeKey: input.learningOutcomeKey,
    text: input.text.trim(),
    reflectedOn: input.reflectedOn,
    evidenceUrl: emptyToUndefined(input.evidenceUrl),
    createdAt: now,
    updatedAt: now,
  }
  await deps.transaction(async (stores) => {
    await stores.reflections.create(reflection)
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.reflection-created',
      subject: { personId, reflectionId: reflection.id },
    })
  })
  return reflection
}

/** Changes the text, date and evidence of one of the signed-in learner's reflections. */
export async function updateReflection(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  id: string,
  input: ReflectionInput,
): Promise<Reflection> {
  const { personId } = requirePerson(actor)
  const now = deps.clock.now()
  const existing = await deps.stores.reflections.findById(id)
  if (existing === undefined || existing.personId !== personId) {
    throw new AppError('REFLECTION_NOT_FOUND')
  }
  throwIfInvalid(reflectionProblems(input, helsinkiDateOf(now)))
  const change = {
    text: input.text.trim(),
    reflectedOn: input.reflectedOn,
    evidenceUrl: emptyToUndefined(input.evidenceUrl),
    updatedAt: now,
  }
  await deps.transaction(async (stores) => {
    if (!(await stores.reflections.update(personId, id, change))) {
      throw new AppError('REFLECTION_NOT_FOUND')
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.reflection-changed',
      subject: { personId, reflectionId: id },
    })
  })
  return { ...existing, ...change }
}

/** Removes one of the signed-in learner's reflections, with the comments on it. */
export async function deleteReflection(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    if (!(await stores.reflections.delete(personId, id))) {
      throw new AppError('REFLECTION_NOT_FOUND')
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.reflection-deleted',
      subject: { personId, reflectionId: id },
    })
  })
}

function throwIfInvalid(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) {
    throw new AppError('REFLECTION_INVALID', undefined, { details: { problems } })
  }
}

function emptyToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? ''
  return trimmed === '' ? undefined : trimmed
}
