import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AssessmentResult,
  type Enrolment,
  emptySpecificationContent,
  type Offering,
} from '../../src/core/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import { testDatabases } from '../support/test-databases.js'

// The stores behind offerings, enrolments and results, field for field on both databases.
describe.each(testDatabases)(
  'offering, enrolment and result stores on the $name database',
  (database) => {
    let osaamo: TestComposition
    let offering: Offering
    let personIds: string[]

    beforeAll(async () => {
      osaamo = await composeForTest(database, { isDemo: true })
      const { stores } = osaamo.deps
      const at = new Date('2026-11-28T10:00:00.000Z')
      await stores.organisations.create({
        id: '10000000-0000-4000-8000-000000000001',
        slug: 'store-test',
        kind: 'institution',
        name: { fi: 'Testi' },
        country: 'FI',
        region: undefined,
        createdAt: at,
      })
      await stores.specifications.create(
        {
          id: '20000000-0000-4000-8000-000000000001',
          organisationId: '10000000-0000-4000-8000-000000000001',
          createdAt: at,
        },
        {
          id: '30000000-0000-4000-8000-000000000001',
          specificationId: '20000000-0000-4000-8000-000000000001',
          organisationId: '10000000-0000-4000-8000-000000000001',
          versionNumber: 1,
          status: 'published',
          content: emptySpecificationContent,
          changeLog: '',
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
          reviewDueAt: undefined,
        },
      )
      offering = {
        id: '40000000-0000-4000-8000-000000000001',
        organisationId: '10000000-0000-4000-8000-000000000001',
        specificationId: '20000000-0000-4000-8000-000000000001',
        versionId: '30000000-0000-4000-8000-000000000001',
        state: 'planned',
        details: {
          startsOn: '2027-01-18',
          endsOn: '2027-03-12',
          enrolmentOpensAt: new Date('2026-12-01T06:00:00.000Z'),
          enrolmentClosesAt: new Date('2027-01-10T21:59:00.000Z'),
          seatLimit: 2,
          priceCents: 12000,
          formOfParticipation: 'online',
          languageOfInstruction: 'fi',
          teachers: ['Tuula Opettaja', 'Ville Vierailija'],
          courseCode: 'KAA-OHJ-101',
        },
        createdAt: at,
        updatedAt: at,
      }
      personIds = ['50000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002']
      for (const [index, id] of personIds.entries()) {
        await stores.people.create({
          id,
          displayName: `Person ${index}`,
          createdAt: at,
          erasedAt: undefined,
        })
      }
    })
    afterAll(async () => {
      await osaamo?.close()
    })

    it('returns a created offering field for field, by id and in the lists', async () => {
      const { offerings } = osaamo.deps.stores
      await offerings.create(offering)
      expect(await offerings.findById(offering.id)).toEqual(offering)
      expect(await offerings.findById(offering.id, { isForUpdate: true })).toEqual(offering)
      expect(await offerings.listForOrganisation(offering.organisationId)).toEqual([offering])
      expect(await offerings.listForSpecification(offering.specificationId, ['planned'])).toEqual([
        offering,
      ])
      expect(await offerings.listForSpecification(offering.specificationId, ['open'])).toEqual([])
      expect(await offerings.listForSpecification(offering.specificationId, [])).toEqual([])
    })

    it('changes details and state, keeping undefined fields undefined', async () => {
      const { offerings } = osaamo.deps.stores
      const at = new Date('2026-11-29T10:00:00.000Z')
      const details = {
        ...offering.details,
        seatLimit: undefined,
        priceCents: undefined,
        courseCode: undefined,
        teachers: [],
      }
      await offerings.updateDetails(offering.id, details, at)
      await offerings.setState(offering.id, 'open', at)
      expect(await offerings.findById(offering.id)).toEqual({
        ...offering,
        details,
        state: 'open',
        updatedAt: at,
      })
      await offerings.updateDetails(offering.id, offering.details, at)
    })

    it('keeps one enrolment per person and offering and counts them', async () => {
      const { enrolments } = osaamo.deps.stores
      const enrolment: Enrolment = {
        id: '60000000-0000-4000-8000-000000000001',
        offeringId: offering.id,
        personId: personIds[0] ?? '',
        studentNumber: '123456',
        source: 'import',
        enrolledAt: new Date('2026-11-28T11:00:00.000Z'),
      }
      expect(await enrolments.create(enrolment)).toBe(true)
      expect(
        await enrolments.create({
          ...enrolment,
          id: '60000000-0000-4000-8000-000000000002',
          source: 'self',
        }),
      ).toBe(false)
      const second: Enrolment = {
        ...enrolment,
        id: '60000000-0000-4000-8000-000000000003',
        personId: personIds[1] ?? '',
        studentNumber: undefined,
        source: 'self',
      }
      expect(await enrolments.create(second)).toBe(true)
      expect(await enrolments.findById(enrolment.id)).toEqual(enrolment)
      expect(await enrolments.findForPerson(offering.id, personIds[1] ?? '')).toEqual(second)
      expect(await enrolments.countForOffering(offering.id)).toBe(2)
      expect(await enrolments.listForOffering(offering.id)).toEqual([enrolment, second])
    })

    it('stores one result per enrolment, a new one replacing the old', async () => {
      const { results } = osaamo.deps.stores
      const result: AssessmentResult = {
        id: '70000000-0000-4000-8000-000000000001',
        enrolmentId: '60000000-0000-4000-8000-000000000001',
        grade: '4',
        assessedOn: '2026-11-27',
        supervision: 'supervised-with-id-verification',
        evidence: ['https://example.fi/work'],
        credits: '2.5',
        assessorId: personIds[1],
        source: 'manual',
        recordedAt: new Date('2026-11-28T12:00:00.000Z'),
      }
      await results.put(result)
      expect(await results.findForEnrolment(result.enrolmentId)).toEqual(result)
      const replacement = {
        ...result,
        id: '70000000-0000-4000-8000-000000000002',
        grade: '5',
        evidence: [],
        credits: undefined,
        assessorId: undefined,
        source: 'import' as const,
      }
      await results.put(replacement)
      expect(await results.listForOffering(offering.id)).toEqual([
        { ...replacement, id: result.id },
      ])
    })
  },
)
