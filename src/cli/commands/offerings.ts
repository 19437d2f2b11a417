import { type Command, InvalidArgumentError } from 'commander'
import { type Offering, offeringActions, system } from '../../core/index.js'
import {
  createOffering,
  getOrganisation,
  listOrganisationOfferings,
  transitionOffering,
} from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

// Problems name fields; these are the options they came from where the names differ.
const optionNames = { versionId: '--version', teachers: '--teacher' }

type CreateOptions = {
  specification: string
  version?: string
  startsOn?: string
  endsOn?: string
  enrolmentOpensAt?: string
  enrolmentClosesAt?: string
  seatLimit?: number
  priceCents?: number
  formOfParticipation?: string
  languageOfInstruction?: string
  teacher: string[]
  courseCode?: string
}

export function addOfferingsCommand(program: Command, io: Io): void {
  const offerings = program
    .command('offerings')
    .description('offerings (runs) of published micro-credentials: plan, list, open, start, close')

  offerings
    .command('create')
    .description(
      'plan an offering of a published version of a specification; every problem is listed at once',
    )
    .requiredOption('--specification <id>', 'the id of the specification')
    .option('--version <id>', 'the published version to offer (default: the latest published)')
    .option('--starts-on <date>', 'the first day, YYYY-MM-DD')
    .option('--ends-on <date>', 'the last day, YYYY-MM-DD')
    .option('--enrolment-opens-at <time>', 'ISO 8601 with a time zone, e.g. 2027-01-01T08:00+02:00')
    .option('--enrolment-closes-at <time>', 'ISO 8601 with a time zone')
    .option('--seat-limit <n>', 'the number of seats (default: no limit)', parseWhole)
    .option('--price-cents <n>', 'the price in euro cents (default: no price)', parseWhole)
    .option('--form-of-participation <key>', 'online, presential, blended, …')
    .option('--language-of-instruction <code>', 'ISO 639-1, e.g. fi')
    .option('--teacher <name>', 'a teacher (repeat for each)', collect, [])
    .option('--course-code <code>', 'the course code in the student-information system')
    .action(async (options: CreateOptions) => {
      const offering = await withDeps(
        (deps) =>
          createOffering(deps, system, {
            specificationId: options.specification,
            versionId: options.version,
            details: {
              startsOn: options.startsOn,
              endsOn: options.endsOn,
              enrolmentOpensAt: options.enrolmentOpensAt,
              enrolmentClosesAt: options.enrolmentClosesAt,
              seatLimit: options.seatLimit,
              priceCents: options.priceCents,
              formOfParticipation: options.formOfParticipation,
              languageOfInstruction: options.languageOfInstruction,
              teachers: options.teacher,
              courseCode: options.courseCode,
            },
          }),
        optionNames,
      )
      io.out(`Planned the offering ${offering.id}: ${describeOffering(offering)}.`)
    })

  offerings
    .command('list')
    .description('list the offerings of an organisation, latest start first')
    .requiredOption('--org <slug>', 'the short name of the organisation')
    .option('--json', 'print JSON')
    .action(async (options: { org: string; json?: boolean }) => {
      const items = await withDeps(async (deps) => {
        const organisation = await getOrganisation(deps, options.org)
        return listOrganisationOfferings(deps, system, organisation.id)
      })
      if (options.json === true) {
        io.out(JSON.stringify(items, null, 2))
        return
      }
      for (const offering of items) {
        io.out(`${offering.id}  ${describeOffering(offering)}`)
      }
    })

  const summaries = {
    open: 'open a planned offering for enrolment',
    start: 'start an open offering (teaching begins)',
    close: 'close an offering (over, or called off)',
  }
  for (const action of offeringActions) {
    offerings
      .command(action)
      .description(summaries[action])
      .argument('<offeringId>', 'the id of the offering')
      .action(async (offeringId: string) => {
        const offering = await withDeps((deps) =>
          transitionOffering(deps, system, { offeringId, action }),
        )
        io.out(`The offering ${offering.id} is ${offering.state}.`)
      })
  }
}

function describeOffering(offering: Offering): string {
  const { details } = offering
  const seats = details.seatLimit === undefined ? 'no seat limit' : `${details.seatLimit} seats`
  return [
    offering.state,
    `${details.startsOn}–${details.endsOn}`,
    seats,
    details.courseCode ?? 'no course code',
  ].join(', ')
}

function parseWhole(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new InvalidArgumentError('Give a whole number.')
  }
  return Number(text)
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}
