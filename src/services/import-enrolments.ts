import {
  type Actor,
  AppError,
  type Enrolment,
  fromEnrolmentCsv,
  offeringProblem,
  onRow,
  type RowProblem,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering, offeringManagerRoles } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/** What an enrolment import did: rows enrolled, people created, rows already enrolled before. */
export type EnrolmentImportSummary = {
  readonly enrolled: number
  readonly createdPeople: number
  readonly alreadyEnrolled: number
}

/**
 * Imports enrolments from a registrar's CSV (`student_number,name,email`), all or nothing. People
 * are matched by e-mail address; a new address makes a new learner without a password. Every
 * row's problems are reported at once (ENROLMENT_IMPORT_INVALID) and nothing is saved; someone
 * already enrolled stays as they are.
 */
export async function importEnrolments(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string; csv: string },
  stores?: Stores,
): Promise<EnrolmentImportSummary> {
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId, {
      isForUpdate: true,
    })
    requireRole(actor, offering.organisationId, offeringManagerRoles)
    if (offering.state === 'closed') {
      throw new AppError('ENROLMENT_NOT_ALLOWED', 'The offering is closed; nobody can be enrolled.')
    }
    const { rows, problems } = fromEnrolmentCsv(input.csv)
    const allProblems: RowProblem[] = [...problems]
    const now = deps.clock.now()
    const plans: {
      row: number
      personId: string | undefined
      studentNumber: string
      name: string
      emailAddress: string
    }[] = []
    let alreadyEnrolled = 0
    for (const row of rows) {
      const address = await stores.people.findEmailAddress(row.emailAddress)
      if (address !== undefined) {
        const person = await stores.people.findById(address.personId)
        if (person === undefined || person.erasedAt !== undefined) {
          allProblems.push(onRow(row.row, offeringProblem('email', 'email-unusable')))
          continue
        }
        if ((await stores.enrolments.findForPerson(offering.id, person.id)) !== undefined) {
          alreadyEnrolled += 1
          continue
        }
      }
      plans.push({ ...row, personId: address?.personId })
    }
    const { seatLimit } = offering.details
    if (seatLimit !== undefined && allProblems.length === 0) {
      const taken = await stores.enrolments.countForOffering(offering.id)
      const over = plans[seatLimit - taken]
      if (over !== undefined) {
        allProblems.push(
          onRow(over.row, offeringProblem('', 'seats-exhausted', { seatLimit, taken })),
        )
      }
    }
    if (allProblems.length > 0) {
      throw new AppError('ENROLMENT_IMPORT_INVALID', undefined, {
        details: { problems: [...allProblems].sort((a, b) => a.row - b.row) },
      })
    }
    let createdPeople = 0
    for (const plan of plans) {
      let personId = plan.personId
      if (personId === undefined) {
        personId = deps.ids.newId()
        await stores.people.create({
          id: personId,
          displayName: plan.name,
          createdAt: now,
          erasedAt: undefined,
        })
        await stores.people.addEmailAddress({
          id: deps.ids.newId(),
          personId,
          address: plan.emailAddress,
          verifiedAt: undefined,
          createdAt: now,
        })
        await recordAudit(deps, stores, actor, {
          action: 'person.created',
          subject: { personId },
        })
        createdPeople += 1
      }
      const enrolment: Enrolment = {
        id: deps.ids.newId(),
        offeringId: offering.id,
        personId,
        studentNumber: plan.studentNumber,
        source: 'import',
        enrolledAt: now,
      }
      await stores.enrolments.create(enrolment)
      await recordAudit(deps, stores, actor, {
        action: 'enrolment.imported',
        organisationId: offering.organisationId,
        subject: { offeringId: offering.id, enrolmentId: enrolment.id, personId },
      })
    }
    return { enrolled: plans.length, createdPeople, alreadyEnrolled }
  })
}
