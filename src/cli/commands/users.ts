import { createInterface } from 'node:readline'
import type { Command } from 'commander'
import { normaliseEmailAddress, system } from '../../core/index.js'
import {
  createPerson,
  getOrganisation,
  getPersonByEmail,
  grantRoles,
  listOrganisations,
} from '../../services/index.js'
import type { Io } from '../io.js'
import { parseRoleList, withDeps } from '../with-deps.js'

/** Reads the password given on standard input: its first line, without the line break. */
export type ReadStdin = () => Promise<string>

export function addUsersCommand(
  program: Command,
  io: Io,
  readStdin: ReadStdin = () => readFirstLine(process.stdin),
): void {
  const users = program
    .command('users')
    .description('create and list people, and grant them roles in organisations')

  users
    .command('create')
    .description('create a person with a verified e-mail address (and a password, if given)')
    .requiredOption('--email <address>', 'their e-mail address, e.g. maija@example.fi')
    .requiredOption('--name <display name>', 'their name as others see it')
    .option(
      '--password-stdin',
      'read a password from the first line of standard input (without it: single sign-on only)',
    )
    .action(async (options: { email: string; name: string; passwordStdin?: boolean }) => {
      // Never an argument: a password given on the command line lands in the shell's history.
      const password = options.passwordStdin === true ? await readStdin() : undefined
      const person = await withDeps(
        (deps) =>
          createPerson(deps, system, {
            displayName: options.name,
            emailAddress: options.email,
            password,
          }),
        { emailAddress: '--email', displayName: '--name', password: '--password-stdin' },
      )
      io.out(
        `Created ${person.displayName} <${normaliseEmailAddress(options.email) ?? options.email}>` +
          (password === undefined
            ? ', who has no password and signs in through single sign-on.'
            : ', who can sign in with the password.'),
      )
    })

  users
    .command('list')
    .description('list every person with their e-mail addresses and roles')
    .option('--json', 'print JSON instead of one line per person')
    .action(async (options: { json?: boolean }) => {
      const people = await withDeps(async (deps) => {
        const slugs = new Map(
          (await listOrganisations(deps)).map((organisation) => [
            organisation.id,
            organisation.slug,
          ]),
        )
        return Promise.all(
          (await deps.stores.people.list()).map(async (person) => ({
            id: person.id,
            displayName: person.displayName,
            emailAddresses: (await deps.stores.people.listEmailAddresses(person.id)).map(
              (address) => address.address,
            ),
            memberships: (await deps.stores.people.listMemberships(person.id)).map(
              (membership) => ({
                organisation: slugs.get(membership.organisationId) ?? membership.organisationId,
                roles: membership.roles,
              }),
            ),
            createdAt: person.createdAt.toISOString(),
          })),
        )
      })
      if (options.json === true) {
        io.out(JSON.stringify(people, null, 2))
      } else if (people.length === 0) {
        io.out('There are no people yet; add one with `osaamo users create`.')
      } else {
        for (const person of people) {
          const roles =
            person.memberships.length === 0
              ? 'no roles'
              : person.memberships
                  .map(({ organisation, roles }) => `${organisation}: ${roles.join(', ')}`)
                  .join('; ')
          io.out(`${person.displayName} <${person.emailAddresses.join(', ')}>: ${roles}`)
        }
      }
    })

  users
    .command('grant')
    .description("set a person's roles in an organisation; --roles '' ends the membership")
    .requiredOption('--email <address>', 'the e-mail address of the person')
    .requiredOption('--org <slug>', 'the short name of the organisation')
    .requiredOption(
      '--roles <role,...>',
      'the roles, comma-separated: admin, designer, qa-reviewer, assessor, registrar, partner',
      parseRoleList,
    )
    .action(async (options: { email: string; org: string; roles: string[] }) => {
      const { person, granted } = await withDeps(async (deps) => {
        const person = await getPersonByEmail(deps, system, options.email)
        const organisation = await getOrganisation(deps, options.org)
        const granted = await grantRoles(deps, system, {
          organisationId: organisation.id,
          personId: person.id,
          roles: options.roles,
        })
        return { person, granted }
      })
      io.out(
        granted.length === 0
          ? `${person.displayName} no longer has roles in ${options.org}.`
          : `${person.displayName} now has the roles ${granted.join(', ')} in ${options.org}.`,
      )
    })
}

async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false })
  try {
    for await (const line of lines) {
      return line
    }
    return ''
  } finally {
    lines.close()
  }
}
