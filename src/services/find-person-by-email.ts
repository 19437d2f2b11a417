import {
  type Actor,
  AppError,
  normaliseEmailAddress,
  type Person,
  requireSystem,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** The person with this e-mail address, for the operator's command line; PERSON_NOT_FOUND otherwise. */
export async function getPersonByEmail(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  emailAddress: string,
): Promise<Person> {
  requireSystem(actor)
  const address = normaliseEmailAddress(emailAddress)
  const found =
    address === undefined ? undefined : await deps.stores.people.findEmailAddress(address)
  const person = found === undefined ? undefined : await deps.stores.people.findById(found.personId)
  if (person === undefined || person.erasedAt !== undefined) {
    throw new AppError('PERSON_NOT_FOUND', `No person has the e-mail address ${emailAddress}.`)
  }
  return person
}
