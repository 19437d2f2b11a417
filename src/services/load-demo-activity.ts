import { AppError, type OfferingInput, type Stores, system } from '../core/index.js'
import { changeCredentialStatus } from './change-credential-status.js'
import { createOffering } from './create-offering.js'
import { demoSpecificationOwner, demoSpecifications } from './demo-specifications.js'
import type { Deps } from './deps.js'
import { importEnrolments } from './import-enrolments.js'
import { importResults } from './import-results.js'
import { requestCohortIssuing } from './request-cohort-issuing.js'
import { transitionOffering } from './transition-offering.js'
import { workIssuingRun } from './work-issuing-run.js'

const demoActivityKey = 'demo-activity'

/** The demo learner account (demo-data.ts), who has a credential and an open enrolment. */
const demoLearnerAddress = 'learner@demo.osaamo.fi'

/** Fictional classmates of the demo learner: name, e-mail address, grade. */
const demoClassmates: readonly (readonly [string, string, string])[] = [
  ['Aada Laine', 'aada.laine@example.fi', '5'],
  ['Oskari Heikkinen', 'oskari.heikkinen@example.fi', '3'],
  ['Ella Koskinen', 'ella.koskinen@example.fi', '4'],
  ['Leo Järvinen', 'leo.jarvinen@example.fi', '0'],
  ['Sofia Lindqvist', 'sofia.lindqvist@example.fi', '2'],
]

const dayMs = 86_400_000

/**
 * Loads what a registrar and a learner see once a micro-credential runs: a finished offering
 * whose passed learners (the demo learner among them) hold signed credentials, one of them
 * suspended; an offering taking enrolments now; one planned for later. Dates are relative to
 * today, so a demo started next year looks the same. Done through the real use cases, as the
 * system, once per installation (its own marker, so installations with older demo data get it too).
 */
export async function loadDemoActivity(deps: Deps): Promise<boolean> {
  if (!deps.isDemo) {
    throw new AppError('DEMO_DATA_REFUSED')
  }
  const now = deps.clock.now()
  const pastOfferingId = await deps.transaction(async (stores) => {
    const isFirst = await stores.settings.setIfAbsent(demoActivityKey, { version: 1 }, now)
    if (!isFirst) {
      return undefined
    }
    const finished = await demoSpecificationId(stores, 'python-basics')
    const current = await demoSpecificationId(stores, 'secure-software')
    const planned = await demoSpecificationId(stores, 'digital-accessibility')
    const pastId = await loadOffering(deps, stores, finished, pastOfferingDetails(now), 'closed')
    const currentId = await loadOffering(deps, stores, current, openOfferingDetails(now), 'open')
    await importEnrolments(
      deps,
      system,
      { offeringId: currentId, csv: enrolmentCsv(demoClassmates.slice(0, 3), 2000) },
      stores,
    )
    await loadOffering(deps, stores, planned, plannedOfferingDetails(now), 'planned')
    return pastId
  })
  if (pastOfferingId === undefined) {
    return false
  }
  // Issuing signs and stores the credentials batch by batch, in transactions of its own.
  const { run } = await requestCohortIssuing(
    deps,
    system,
    { offeringId: pastOfferingId, language: 'fi' },
    { inBackground: false },
  )
  await workIssuingRun(deps, run.id)
  const suspendedAddress = await deps.stores.people.findEmailAddress(demoClassmates[2]?.[1] ?? '')
  const [suspended] =
    suspendedAddress === undefined
      ? []
      : await deps.stores.issuedCredentials.listForLearner(suspendedAddress.personId)
  if (suspended !== undefined) {
    await changeCredentialStatus(
      deps,
      system,
      suspended.id,
      'suspend',
      'Arvosanan oikaisupyyntö on käsittelyssä.',
    )
  }
  return true
}

/** Creates an offering of the latest published version and walks it to `state`. */
async function loadOffering(
  deps: Deps,
  stores: Stores,
  specificationId: string,
  details: OfferingInput,
  state: 'planned' | 'open' | 'closed',
): Promise<string> {
  const offering = await createOffering(deps, system, { specificationId, details }, stores)
  if (state === 'planned') {
    return offering.id
  }
  await transitionOffering(deps, system, { offeringId: offering.id, action: 'open' }, stores)
  if (state === 'closed') {
    const learners: (readonly [string, string, string])[] = [
      ['Sanni Laine', demoLearnerAddress, '4'],
      ...demoClassmates,
    ]
    await importEnrolments(
      deps,
      system,
      { offeringId: offering.id, csv: enrolmentCsv(learners, 1000) },
      stores,
    )
    await importResults(
      deps,
      system,
      {
        offeringId: offering.id,
        csv: resultCsv(learners, details.courseCode ?? '', details.endsOn ?? ''),
        skipInvalid: false,
      },
      stores,
    )
    await transitionOffering(deps, system, { offeringId: offering.id, action: 'start' }, stores)
    await transitionOffering(deps, system, { offeringId: offering.id, action: 'close' }, stores)
  }
  return offering.id
}

async function demoSpecificationId(stores: Stores, key: string): Promise<string> {
  const demo = demoSpecifications.find((specification) => specification.key === key)
  const owner = await stores.organisations.findBySlug(demoSpecificationOwner)
  const versions =
    owner === undefined ? [] : await stores.specifications.listLatestForOrganisation(owner.id)
  const version = versions.find(
    (candidate) => candidate.content.title.en === demo?.content.title.en,
  )
  if (version === undefined) {
    throw new TypeError(`the demo data has no micro-credential ${key}`)
  }
  return version.specificationId
}

function enrolmentCsv(learners: readonly (readonly [string, string, string])[], first: number) {
  const rows = learners.map(([name, email], index) => `${first + index},${name},${email}`)
  return `student_number,name,email\n${rows.join('\n')}\n`
}

function resultCsv(
  learners: readonly (readonly [string, string, string])[],
  courseCode: string,
  assessedOn: string,
) {
  const rows = learners.map(
    ([name, email, grade], index) =>
      `${1000 + index},${name},${email},${courseCode},${grade},${assessedOn},5`,
  )
  return `student_number,name,email,course_code,grade,date,credits\n${rows.join('\n')}\n`
}

/** `YYYY-MM-DD`, `days` from `now`. */
function dateFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10)
}

function dateTimeFrom(now: Date, days: number): string {
  return `${dateFrom(now, days)}T08:00:00+02:00`
}

const kaarnalaTeachers = ['Tuula Opettaja', 'Mikko Lehtonen']

function pastOfferingDetails(now: Date): OfferingInput {
  return {
    startsOn: dateFrom(now, -84),
    endsOn: dateFrom(now, -21),
    enrolmentOpensAt: dateTimeFrom(now, -120),
    enrolmentClosesAt: dateTimeFrom(now, -90),
    seatLimit: 40,
    priceCents: 0,
    formOfParticipation: 'online',
    languageOfInstruction: 'fi',
    teachers: kaarnalaTeachers,
    courseCode: 'KAA-PY-101',
  }
}

function openOfferingDetails(now: Date): OfferingInput {
  return {
    startsOn: dateFrom(now, 50),
    endsOn: dateFrom(now, 106),
    enrolmentOpensAt: dateTimeFrom(now, -7),
    enrolmentClosesAt: dateTimeFrom(now, 42),
    seatLimit: 30,
    priceCents: 12_000,
    formOfParticipation: 'blended',
    languageOfInstruction: 'fi',
    teachers: kaarnalaTeachers,
    courseCode: 'KAA-TUR-201',
  }
}

function plannedOfferingDetails(now: Date): OfferingInput {
  return {
    startsOn: dateFrom(now, 150),
    endsOn: dateFrom(now, 200),
    enrolmentOpensAt: dateTimeFrom(now, 100),
    enrolmentClosesAt: dateTimeFrom(now, 140),
    seatLimit: 25,
    priceCents: 8_000,
    formOfParticipation: 'online',
    languageOfInstruction: 'en',
    teachers: ['Sara Nyström'],
    courseCode: 'KAA-SAV-110',
  }
}
