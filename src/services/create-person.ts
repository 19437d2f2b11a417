import {
  type Actor,
  AppError,
  findPasswordProblem,
  normaliseEmailAddress,
  type Person,
  requireSystem,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

export type NewPerson = {
  readonly displayName: string
  readonly emailAddress: string
  /** Optional: a person may sign in through single sign-on only. */
  readonly password?: string | undefined
}

/**
 * Creates a person with one verified e-mail address (the operator vouches for it) and, if given,
 * a password. Every problem is reported at once; nothing is stored when there is one.
 */
export async function createPerson(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'passwordHasher'>,
  actor: Actor,
  input: NewPerson,
  stores?: Stores,
): Promise<Person> {
  requireSystem(actor)
  const problems: { path: string; message: string }[] = []
  const address = normaliseEmailAddress(input.emailAddress)
  if (address === undefined) {
    problems.push({
      path: 'emailAddress',
      message: 'Give an e-mail address such as maija@example.fi.',
    })
  }
  if (input.displayName.trim() === '' || input.displayName.length > 200) {
    problems.push({ path: 'displayName', message: 'Give a name of 1–200 characters.' })
  }
  const passwordProblem =
    input.password === undefined ? undefined : findPasswordProblem(input.password)
  if (passwordProblem !== undefined) {
    problems.push({ path: 'password', message: passwordProblem })
  }
  if (address === undefined || problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The person is not valid.', { details: { problems } })
  }
  const now = deps.clock.now()
  const person: Person = {
    id: deps.ids.newId(),
    displayName: input.displayName.trim(),
    createdAt: now,
    erasedAt: undefined,
  }
  const passwordHash =
    input.password === undefined ? undefined : await deps.passwordHasher.hash(input.password)
  return inTransaction(deps, stores, async (transaction) => {
    await transaction.people.create(person)
    await transaction.people.addEmailAddress({
      id: deps.ids.newId(),
      personId: person.id,
      address,
      verifiedAt: now,
      createdAt: now,
    })
    if (passwordHash !== undefined) {
      await transaction.people.setPasswordHash(person.id, passwordHash)
    }
    await recordAudit(deps, transaction, actor, {
      action: 'person.created',
      subject: { personId: person.id },
    })
    return person
  })
}
