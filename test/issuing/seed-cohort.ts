import { system } from '../../src/core/index.js'
import {
  createOffering,
  type Deps,
  importEnrolments,
  importResults,
  transitionOffering,
} from '../../src/services/index.js'
import { validOfferingBody } from '../offerings/offering-fixtures.js'

/**
 * Straight through the use cases (no HTTP): a closed offering of a published 0–5 demo
 * specification with `learners` learners enrolled and graded by CSV import; every
 * `failEvery`-th fails. For tests and benchmarks that need a large cohort fast.
 */
export async function seedClosedCohort(
  deps: Deps,
  options: { learners: number; failEvery?: number; label: string },
): Promise<{ offeringId: string; passed: number }> {
  const organisation = await deps.stores.organisations.findBySlug('kaarnala-open')
  const versions = await deps.stores.specifications.listLatestForOrganisation(
    organisation?.id ?? '',
  )
  const version = versions.find(
    (candidate) => candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
  )
  if (version === undefined) {
    throw new Error('the demo data has no published 0–5 specification')
  }
  const offering = await createOffering(deps, system, {
    specificationId: version.specificationId,
    versionId: version.id,
    details: { ...validOfferingBody, seatLimit: null },
  })
  await transitionOffering(deps, system, { offeringId: offering.id, action: 'open' })
  const learners = Array.from({ length: options.learners }, (_, index) => ({
    row: `${200_000 + index},Oppija ${options.label} ${index + 1},oppija-${options.label}-${index + 1}@example.fi`,
    grade:
      options.failEvery !== undefined && (index + 1) % options.failEvery === 0
        ? 0
        : 1 + (index % 5),
  }))
  await importEnrolments(deps, system, {
    offeringId: offering.id,
    csv: `student_number,name,email\n${learners.map((learner) => learner.row).join('\n')}`,
  })
  const summary = await importResults(deps, system, {
    offeringId: offering.id,
    csv: `student_number,name,email,course_code,grade,date,credits\n${learners
      .map(
        (learner) => `${learner.row},${validOfferingBody.courseCode},${learner.grade},2026-11-20,5`,
      )
      .join('\n')}`,
    skipInvalid: false,
  })
  if (summary.recorded !== options.learners) {
    throw new Error(`only ${summary.recorded} of ${options.learners} results were imported`)
  }
  await transitionOffering(deps, system, { offeringId: offering.id, action: 'close' })
  return {
    offeringId: offering.id,
    passed: learners.filter((learner) => learner.grade > 0).length,
  }
}
