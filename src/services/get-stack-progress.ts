import {
  type Actor,
  evaluateStack,
  type Language,
  type LanguageMap,
  type OfferedSpecification,
  organisationDid,
  requirePerson,
  type StackableCredential,
  type StackCredential,
  type StackProgress,
  specificationIdsOf,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { loadStackPortfolio, type StackPortfolio } from './load-stack-portfolio.js'
import { getStack, listPublishedStacks, type StackSummary } from './read-stacks.js'

/** A specification a stack names or offers, as the learner reads it. */
export type StackSpecification = {
  readonly id: string
  readonly title: LanguageMap
  readonly ects: number | undefined
  readonly eqfLevel: number | undefined
}

/**
 * A learner's progress towards one stack, with what the progress refers to by id: the learner's
 * credentials, the specifications the parts name or offer, and the stack credential if claimed.
 */
export type StackProgressView = {
  readonly stack: StackSummary
  readonly progress: StackProgress
  readonly credentials: readonly StackableCredential[]
  readonly specifications: readonly StackSpecification[]
  readonly skills: readonly { readonly uri: string; readonly label: string }[]
  readonly claimed: StackCredential | undefined
}

type ProgressDeps = Pick<Deps, 'stores' | 'clock' | 'publicUrl'>

/** The signed-in learner's progress towards a published stack (see evaluateStack for the rules). */
export async function getStackProgress(
  deps: ProgressDeps,
  actor: Actor,
  stackId: string,
  language: Language = 'fi',
): Promise<StackProgressView> {
  const { personId } = requirePerson(actor)
  const stack = await getStack(deps, { kind: 'anonymous' }, stackId)
  const portfolio = await loadStackPortfolio(deps, personId, language)
  return progressOf(deps, personId, stack, portfolio)
}

/** The signed-in learner's progress towards every published stack, most recently published first. */
export async function listMyStackProgress(
  deps: ProgressDeps,
  actor: Actor,
  language: Language = 'fi',
): Promise<StackProgressView[]> {
  const { personId } = requirePerson(actor)
  const stacks = await listPublishedStacks(deps)
  const portfolio = await loadStackPortfolio(deps, personId, language)
  const views: StackProgressView[] = []
  for (const stack of stacks) {
    views.push(await progressOf(deps, personId, stack, portfolio))
  }
  return views
}

/** Evaluates the stack for the portfolio at the clock's time. */
export async function progressOf(
  deps: ProgressDeps,
  personId: string,
  stack: StackSummary,
  portfolio: StackPortfolio,
): Promise<StackProgressView> {
  const skillUris = [
    ...new Set(stack.rules.parts.flatMap((part) => (part.kind === 'skill' ? [part.skillUri] : []))),
  ]
  const offered: OfferedSpecification[] = []
  const specifications = new Map<string, StackSpecification>()
  const skills: { uri: string; label: string }[] = []
  for (const skillUri of skillUris) {
    const page = await deps.stores.catalogue.search({
      words: [],
      ectsMin: undefined,
      ectsMax: undefined,
      eqfLevel: undefined,
      iscedField: undefined,
      formOfParticipation: undefined,
      language: undefined,
      organisationId: undefined,
      priceMaxCents: undefined,
      skillUri,
      limit: 20,
      offset: 0,
    })
    for (const hit of page.items) {
      const eqfLevel = /^[1-8]$/.test(hit.eqfLevel ?? '') ? Number(hit.eqfLevel) : undefined
      offered.push({ specificationId: hit.specificationId, skillUris: [skillUri], eqfLevel })
      specifications.set(hit.specificationId, {
        id: hit.specificationId,
        title: hit.title,
        ects: hit.ects,
        eqfLevel,
      })
    }
    const skill = await deps.stores.esco.findSkill(skillUri)
    skills.push({ uri: skillUri, label: skill?.preferredLabel ?? skillUri })
  }
  for (const specificationId of specificationIdsOf(stack.rules)) {
    if (!specifications.has(specificationId)) {
      const published = (await deps.stores.specifications.listVersions(specificationId))
        .filter((version) => version.status === 'published')
        .at(-1)
      const level = published?.content.eqfLevel
      specifications.set(specificationId, {
        id: specificationId,
        title: published?.content.title ?? {},
        ects: published?.content.ects,
        eqfLevel: typeof level === 'number' ? level : undefined,
      })
    }
  }
  const progress = evaluateStack(stack, portfolio.credentials, deps.clock.now(), {
    ownIssuers: [organisationDid(deps.publicUrl, stack.organisation.slug)],
    offeredSpecifications: offered,
  })
  return {
    stack,
    progress,
    credentials: portfolio.credentials,
    specifications: [...specifications.values()],
    skills,
    claimed: await deps.stores.stacks.findCredential(stack.id, personId),
  }
}
