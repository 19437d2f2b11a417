import type { Stack, StackCredential, StackDefinition } from './stack.js'

/** Institutions' stacks and the stack credentials learners claimed. */
export interface StackStore {
  create(stack: Stack, createdBy: string | undefined): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<Stack | undefined>
  update(id: string, definition: StackDefinition, at: Date): Promise<void>
  publish(id: string, at: Date): Promise<void>
  /** An organisation's stacks, newest first. */
  listForOrganisation(organisationId: string): Promise<Stack[]>
  /** Every published stack, most recently published first. */
  listPublished(): Promise<Stack[]>
  /** Records a claim unless the person has claimed the stack before; true when recorded. */
  addCredential(credential: StackCredential): Promise<boolean>
  findCredential(stackId: string, personId: string): Promise<StackCredential | undefined>
  /** The stack credentials a person claimed, newest first. */
  listCredentialsForPerson(personId: string): Promise<StackCredential[]>
}
