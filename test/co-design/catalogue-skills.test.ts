import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  emptySpecificationContent,
  type SpecificationVersion,
  toCatalogueDocument,
} from '../../src/core/index.js'
import { getOrganisation } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testDatabases } from '../support/test-databases.js'

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe.each(testDatabases)(
  'the catalogue’s index of skills on the $name database',
  (database) => {
    let testApp: TestApp
    let version: SpecificationVersion

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      const { deps } = testApp.osaamo
      const kaarnala = await getOrganisation(deps, 'kaarnala-open')
      const at = new Date('2026-11-29T10:00:00Z')
      version = {
        id: '00000000-0000-4000-9000-000000000002',
        specificationId: '00000000-0000-4000-9000-000000000001',
        organisationId: kaarnala.id,
        versionNumber: 1,
        status: 'published',
        changeLog: '',
        createdAt: at,
        updatedAt: at,
        publishedAt: at,
        reviewDueAt: undefined,
        content: {
          ...emptySpecificationContent,
          title: { en: 'Indexed' },
          learningOutcomes: [
            {
              id: 'lo-1',
              text: { en: 'Outcome' },
              skills: [
                { uri: skill(1), kind: 'skill' },
                { uri: skill(2), kind: 'skill' },
              ],
            },
          ],
        },
      }
      await deps.stores.specifications.create(
        { id: version.specificationId, organisationId: kaarnala.id, createdAt: at },
        version,
      )
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const skillSets = (uris: string[]) =>
      testApp.osaamo.deps.stores.competenceNeeds.listPublishedSkillSets(uris)

    it('follows the catalogue entry as it is put, changed and removed', async () => {
      const { catalogue } = testApp.osaamo.deps.stores
      await catalogue.put([toCatalogueDocument(version)])
      expect(await skillSets([skill(2), skill(3)])).toEqual([
        { specificationId: version.specificationId, versionId: version.id, skillUris: [skill(2)] },
      ])
      const changed: SpecificationVersion = {
        ...version,
        content: {
          ...version.content,
          learningOutcomes: [
            { id: 'lo-1', text: { en: 'Outcome' }, skills: [{ uri: skill(3), kind: 'skill' }] },
          ],
        },
      }
      await catalogue.put([toCatalogueDocument(changed)])
      expect(await skillSets([skill(1), skill(2)])).toEqual([])
      expect((await skillSets([skill(3)])).map((entry) => entry.skillUris)).toEqual([[skill(3)]])
      await catalogue.remove(version.specificationId)
      expect(await skillSets([skill(3)])).toEqual([])
    })
  },
)
