import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JsonObject, Organisation, SpecificationVersion } from '../../src/core/index.js'
import { findPublicDocument, getOrganisation } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { verifyWithReference } from '../support/digital-bazaar.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const validRequest = {
  learner: { name: 'Aino Virtanen', emailAddress: 'Aino.Virtanen@example.fi' },
  result: {
    grade: '4',
    assessedAt: '2026-11-20T12:00:00Z',
    identityVerification: 'supervised-with-id-verification',
    evidence: [{ url: 'https://portfolio.example.fi/aino/project', name: 'Loppuprojekti' }],
  },
}

for (const database of testDatabases) {
  describe(`issuing an Open Badge for a learner on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    let published: SpecificationVersion
    let draft: SpecificationVersion
    let registrar: SignedIn
    let designer: SignedIn
    const issue = (versionId: string, body: unknown, as: SignedIn | null = registrar) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/specification-versions/${versionId}/credentials`,
        payload: body as JsonObject,
        headers: as === null ? {} : asPerson(as),
      })

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const versions = await testApp.osaamo.deps.stores.specifications.listLatestForOrganisation(
        kaarnala.id,
      )
      const gradedPublished = versions.find(
        (version) => version.status === 'published' && version.content.gradingScheme === '0-5',
      )
      const anyDraft = versions.find((version) => version.status === 'draft')
      if (gradedPublished === undefined || anyDraft === undefined) {
        throw new Error('the demo data lacks a published 0–5 version or a draft')
      }
      published = gradedPublished
      draft = anyDraft
      registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp.close()
    })

    it('issues a signed OpenBadgeCredential with the EU elements and status entries', async () => {
      const response = await issue(published.id, validRequest)
      expect(response.statusCode, response.body).toBe(201)
      const { verifiableCredential } = response.json<{ verifiableCredential: JsonObject }>()
      expect(verifiableCredential).toMatchObject({
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'did:web:localhost%3A3000:organisations:kaarnala-open' },
        proof: { cryptosuite: 'eddsa-rdfc-2022' },
      })
      expect(verifiableCredential['@context']).toContain('https://w3id.org/osaamo/credentials/v1')
      expect(verifiableCredential.credentialStatus).toEqual([
        expect.objectContaining({ statusPurpose: 'revocation' }),
        expect.objectContaining({ statusPurpose: 'suspension' }),
      ])
      const subject = verifiableCredential.credentialSubject as JsonObject
      expect(JSON.stringify(subject)).not.toContain('aino.virtanen@example.fi')
      expect(subject.result).toEqual([
        expect.objectContaining({ value: '4', assessmentDate: '2026-11-20T12:00:00Z' }),
      ])
    })

    it('issues credentials that pass every check of its own verifier, schema included', async () => {
      const { verifiableCredential } = (await issue(published.id, validRequest)).json()
      const verified = await testApp.app.inject({
        method: 'POST',
        url: '/credentials/verify',
        payload: { verifiableCredential },
      })
      expect(verified.statusCode).toBe(200)
      const checks = verified.json().checks as { id: string; outcome: string }[]
      expect(checks.filter((check) => check.outcome !== 'ok')).toEqual([])
    })

    it('issues credentials that @digitalbazaar/vc verifies against the served DID document', async () => {
      const { verifiableCredential } = (await issue(published.id, validRequest)).json()
      const did = verifiableCredential.issuer.id as string
      const didDocument = (await findPublicDocument(testApp.osaamo.deps, did)) as JsonObject
      const documents = new Map<string, unknown>([[did, didDocument]])
      for (const method of didDocument.verificationMethod as JsonObject[]) {
        documents.set(method.id as string, {
          '@context': 'https://w3id.org/security/multikey/v1',
          ...method,
        })
      }
      const result = await verifyWithReference(
        verifiableCredential,
        documents,
        new Date('2026-11-28T10:00:00Z'),
      )
      expect(result.error).toBeUndefined()
      expect(result.verified).toBe(true)
    })

    it('exports an issued credential as an ELM EuropeanDigitalCredential', async () => {
      const { id } = (await issue(published.id, validRequest)).json()
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/credentials/${id}/exports/elm`,
        headers: asPerson(registrar),
      })
      expect(response.statusCode).toBe(200)
      expect(response.json().type).toContain('EuropeanDigitalCredential')
    })

    it('lists every problem at once and issues nothing', async () => {
      const before = (await testApp.osaamo.deps.stores.audit.listAll()).length
      const response = await issue(published.id, {
        learner: { name: ' ', emailAddress: 'not-an-address' },
        result: {
          grade: '0',
          assessedAt: '2027-01-01T00:00:00Z',
          identityVerification: 'supervised-with-id-verification',
          evidence: [{ url: 'http://insecure.example' }],
        },
        validUntil: '2020-01-01T00:00:00Z',
      })
      expect(response.statusCode).toBe(400)
      expect(
        (response.json().details.problems as { path: string }[]).map((problem) => problem.path),
      ).toEqual([
        'learner.name',
        'learner.emailAddress',
        'result.grade',
        'result.assessedAt',
        'result.evidence.0.url',
        'validUntil',
      ])
      expect((await testApp.osaamo.deps.stores.audit.listAll()).length).toBe(before)
    })

    it('issues only from a published version', async () => {
      const response = await issue(draft.id, validRequest)
      expect(response.statusCode).toBe(400)
      expect(response.json().details.problems[0].path).toBe('specificationVersionId')
    })

    it('lets only registrars and admins issue', async () => {
      expect((await issue(published.id, validRequest, designer)).statusCode).toBe(403)
      expect((await issue(published.id, validRequest, null)).statusCode).toBe(401)
      expect((await issue('7d0f4c1e-0000-4000-8000-000000000000', validRequest)).statusCode).toBe(
        404,
      )
    })
  })
}
