import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type JsonObject, organisationDid, passingGradesOf, system } from '../../src/core/index.js'
import {
  findPublicDocument,
  getOrganisation,
  issueOpenBadge,
  issueSignedCredential,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { verifyWithReference } from '../support/digital-bazaar.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const pythonSkill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'
const now = new Date('2026-11-28T10:00:00Z')

type ProgressBody = {
  stack: { id: string; name: Record<string, string> }
  isComplete: boolean
  unmet: string[]
  parts: {
    index: number
    isDone: boolean
    missing: number
    filledBy: string[]
    options: string[]
    notCounted: { credentialId: string; reasons: string[] }[]
  }[]
  counted: string[]
  ects: { minimum: number | null; achieved: number; isMet: boolean }
  specifications: { id: string; title: Record<string, string> }[]
  claimed: { credentialId: string; format: string } | null
  defaultFormat: string
}

describe.each(testDatabases)('stacks and stack credentials on the $name database', (database) => {
  let testApp: TestApp
  let learner: SignedIn
  let designer: SignedIn
  let demoStackId: string
  let versionIds: Map<string, string>

  beforeAll(async () => {
    testApp = await buildTestApp(database, { logLevel: 'error' })
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    const { deps } = testApp.osaamo
    const kaarnala = await getOrganisation(deps, 'kaarnala-open')
    versionIds = new Map(
      (await deps.stores.specifications.listLatestForOrganisation(kaarnala.id))
        .filter((version) => version.status === 'published')
        .map((version) => [version.content.title.en ?? '', version.id]),
    )
    const stacks = (await testApp.app.inject({ method: 'GET', url: '/api/stacks' })).json<{
      items: { id: string; name: { en: string } }[]
    }>().items
    demoStackId = stacks.find((stack) => stack.name.en === 'Software development basics')?.id ?? ''
    // Loading the demo data signs nothing but writes much: slow on a busy two-core machine.
  }, 180_000)
  afterAll(async () => {
    await testApp?.close()
  })

  /** Issues the demo learner a credential of the published version whose English title starts so. */
  const issueToLearner = async (
    titleStart: string,
    assessedAt = new Date('2026-11-20T12:00:00Z'),
  ) => {
    const { deps } = testApp.osaamo
    const entry = [...versionIds.entries()].find(([title]) => title.startsWith(titleStart))
    if (entry === undefined) {
      throw new Error(`no published demo specification ${titleStart}`)
    }
    const version = await deps.stores.specifications.findVersion(entry[1])
    return issueOpenBadge(deps, system, {
      specificationVersionId: entry[1],
      learner: {
        name: 'Sanni Laine',
        emailAddress: 'learner@demo.osaamo.fi',
        personId: learner.personId,
      },
      result: {
        grade: passingGradesOf(version?.content.gradingScheme)[0] ?? 'pass',
        assessedAt,
        identityVerification: 'supervised-with-id-verification',
      },
    })
  }
  const progressOf = async (stackId: string, as: SignedIn = learner) => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/me/stacks/${stackId}/progress?language=en`,
      headers: asPerson(as),
    })
    expect(response.statusCode, response.body).toBe(200)
    return response.json<ProgressBody>()
  }
  const claim = (stackId: string, payload: object, as: SignedIn = learner) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/me/stacks/${stackId}/credential`,
      headers: asPerson(as),
      payload,
    })
  const issuedCount = async () =>
    (await testApp.osaamo.deps.stores.issuedCredentials.listForLearner(learner.personId)).length
  const auditLength = async () => (await testApp.osaamo.deps.stores.audit.listAll()).length
  const referenceDocuments = async (did: string) => {
    const didDocument = (await findPublicDocument(testApp.osaamo.deps, did)) as JsonObject
    const documents = new Map<string, unknown>([[did, didDocument]])
    for (const method of didDocument.verificationMethod as JsonObject[]) {
      documents.set(method.id as string, {
        '@context': 'https://w3id.org/security/multikey/v1',
        ...method,
      })
    }
    return documents
  }
  const osaamoVerifies = async (verifiableCredential: unknown) => {
    const verified = await testApp.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential },
    })
    expect(verified.statusCode).toBe(200)
    return verified.json<{ verified: boolean; checks: { id: string; outcome: string }[] }>()
  }

  it('publishes the demo stack, and shows a learner without credentials every part missing with its options', async () => {
    expect(demoStackId).not.toBe('')
    const progress = await progressOf(demoStackId)
    expect(progress.isComplete).toBe(false)
    expect(progress.unmet).toEqual(['parts-missing', 'ects-below-minimum'])
    expect(progress.parts.map((part) => part.options.length)).toEqual([1, 2])
    expect(progress.specifications.map((specification) => specification.title.en).sort()).toEqual([
      'Accessibility of digital services (WCAG)',
      'Information security for software developers',
      'Programming basics with Python',
    ])
    expect(progress.claimed).toBeNull()
    expect(progress.defaultFormat).toBe('clr')
  })

  it('refuses to issue the credential of an incomplete stack, names what is missing and changes nothing', async () => {
    const python = await issueToLearner('Programming basics')
    const progress = await progressOf(demoStackId)
    expect(progress.parts[0]).toMatchObject({ isDone: true, filledBy: [python.id] })
    expect(progress.parts[1]).toMatchObject({ isDone: false, missing: 1 })
    expect(progress.ects).toEqual({ minimum: 8, achieved: 5, isMet: false })
    const [issuedBefore, auditBefore] = [await issuedCount(), await auditLength()]
    const refused = await claim(demoStackId, { format: 'clr' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      code: 'STACK_NOT_COMPLETE',
      details: {
        unmet: ['parts-missing', 'ects-below-minimum'],
        missingParts: [{ index: 1, missing: 1 }],
      },
    })
    expect([await issuedCount(), await auditLength()]).toEqual([issuedBefore, auditBefore])
  })

  it('refuses a format it does not know, and a stack that does not exist, changing nothing', async () => {
    const issuedBefore = await issuedCount()
    const badFormat = await claim(demoStackId, { format: 'pdf' })
    expect(badFormat.statusCode).toBe(400)
    expect(badFormat.json().code).toBe('REQUEST_INVALID')
    const unknown = await claim('00000000-0000-4000-8000-000000000000', {})
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('STACK_NOT_FOUND')
    const anonymous = await testApp.app.inject({
      method: 'POST',
      url: `/api/me/stacks/${demoStackId}/credential`,
      payload: {},
    })
    expect(anonymous.statusCode).toBe(401)
    expect(await issuedCount()).toBe(issuedBefore)
  })

  it('issues a complete stack as a CLR 2.0 ClrCredential that both verifiers accept, parts included', async () => {
    const secure = await issueToLearner('Information security')
    const progress = await progressOf(demoStackId)
    expect(progress.isComplete).toBe(true)
    expect(progress.parts[1]?.filledBy).toEqual([secure.id])
    const auditBefore = await auditLength()
    const response = await claim(demoStackId, { format: 'clr', language: 'en' })
    expect(response.statusCode, response.body).toBe(201)
    const body = response.json<{
      credentialId: string
      format: string
      verifiableCredential: JsonObject
    }>()
    expect(body.format).toBe('clr')
    const clr = body.verifiableCredential
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential'])
    expect(clr['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(clr.name).toBe('Software development basics')
    const subject = clr.credentialSubject as {
      type: string[]
      achievement: { id: string }[]
      verifiableCredential: JsonObject[]
      association: { associationType: string; sourceId: string; targetId: string }[]
    }
    expect(subject.type).toEqual(['ClrSubject'])
    expect(subject.verifiableCredential).toHaveLength(2)
    const stackAchievementId = `http://localhost:3000/api/stacks/${demoStackId}`
    expect(subject.achievement[0]?.id).toBe(stackAchievementId)
    expect(subject.association).toHaveLength(2)
    expect(
      subject.association.every(
        (association) =>
          association.associationType === 'isParentOf' &&
          association.sourceId === stackAchievementId,
      ),
    ).toBe(true)
    // The credential engine: the outer proof, and each part's own proof.
    const report = await osaamoVerifies(clr)
    expect(report.checks.filter((check) => check.outcome === 'failed')).toEqual([])
    expect(report.verified).toBe(true)
    for (const part of subject.verifiableCredential) {
      expect((await osaamoVerifies(part)).verified).toBe(true)
    }
    // The reference implementation, against the served DID document.
    const documents = await referenceDocuments((clr.issuer as { id: string }).id)
    const reference = await verifyWithReference(clr, documents, now)
    expect(reference.error).toBeUndefined()
    expect(reference.verified).toBe(true)
    for (const part of subject.verifiableCredential) {
      expect((await verifyWithReference(part, documents, now)).verified).toBe(true)
    }
    // Stored as the learner's issued credential, with status entries and an audit entry of the claim.
    const stored = await testApp.osaamo.deps.stores.issuedCredentials.findById(body.credentialId)
    expect(stored).toMatchObject({ learnerPersonId: learner.personId, state: 'active' })
    expect(stored?.revocation).toBeDefined()
    const audit = (await testApp.osaamo.deps.stores.audit.listAll()).slice(auditBefore)
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'credential.issued',
      'stack.credential-claimed',
    ])
    expect((await progressOf(demoStackId)).claimed).toEqual({
      credentialId: body.credentialId,
      format: 'clr',
      claimedAt: expect.any(String),
    })
  })

  it('refuses a second claim of the same stack, naming the credential held, and changes nothing', async () => {
    const issuedBefore = await issuedCount()
    const again = await claim(demoStackId, { format: 'open-badge' })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({
      code: 'STACK_ALREADY_CLAIMED',
      details: { credentialId: (await progressOf(demoStackId)).claimed?.credentialId },
    })
    expect(await issuedCount()).toBe(issuedBefore)
  })

  it('lets an institution define a stack with a skill part, refusing bad definitions with every problem at once', async () => {
    const listBefore = (
      await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/stacks',
        headers: asPerson(designer),
      })
    ).json<{ items: unknown[] }>().items.length
    const invalid = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/stacks',
      headers: asPerson(designer),
      payload: {
        name: { en: '' },
        rules: {
          parts: [
            { kind: 'skill', skillUri: 'https://example.com/python', minimumEqfLevel: 9 },
            { kind: 'specification', specificationId: '00000000-0000-4000-8000-000000000000' },
          ],
          maximumAgeMonths: 0,
        },
      },
    })
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json().code).toBe('STACK_INVALID')
    expect(
      invalid
        .json<{ details: { problems: { path: string; code: string }[] } }>()
        .details.problems.map((problem) => `${problem.path} ${problem.code}`),
    ).toEqual([
      'name name-missing',
      'rules.parts.0.skillUri skill-uri-invalid',
      'rules.parts.0.minimumEqfLevel eqf-level-invalid',
      'rules.maximumAgeMonths months-invalid',
    ])
    const unknownSpecification = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/stacks',
      headers: asPerson(designer),
      payload: {
        name: { en: 'Unknown' },
        rules: {
          parts: [
            { kind: 'specification', specificationId: '00000000-0000-4000-8000-000000000000' },
          ],
        },
      },
    })
    expect(unknownSpecification.json()).toMatchObject({
      code: 'STACK_INVALID',
      details: { problems: [{ path: 'rules.parts.0', code: 'specification-unknown' }] },
    })
    const listAfter = (
      await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/stacks',
        headers: asPerson(designer),
      })
    ).json<{ items: unknown[] }>().items.length
    expect(listAfter).toBe(listBefore)
    const asLearner = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/stacks',
      headers: asPerson(learner),
      payload: {
        name: { en: 'Mine' },
        rules: { parts: [{ kind: 'skill', skillUri: pythonSkill }] },
      },
    })
    expect(asLearner.statusCode).toBe(403)
  })

  it('counts another institution’s verified credential only once its issuer is accepted, and issues the Open Badge form', async () => {
    const { deps } = testApp.osaamo
    const pohjanranta = await getOrganisation(deps, 'pohjanranta-uas')
    const pohjanrantaDid = organisationDid('http://localhost:3000', 'pohjanranta-uas')
    const signed = await issueSignedCredential(deps, {
      actor: system,
      organisationId: pohjanranta.id,
      format: 'eddsa-rdfc-2022',
      withStatus: false,
      credential: {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        name: 'Data analysis with Python',
        validFrom: '2026-06-01T00:00:00Z',
        issuer: { id: pohjanrantaDid, type: ['Profile'], name: 'Pohjanranta' },
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: {
            id: 'https://pohjanranta.example/achievements/data-analysis',
            type: ['Achievement'],
            name: 'Data analysis with Python',
            description: 'Analyses data with Python.',
            criteria: { narrative: 'A project.' },
            creditsAvailable: 5,
            alignment: [
              {
                type: ['Alignment'],
                targetName: 'Python',
                targetUrl: pythonSkill,
                targetType: 'ceasn:Competency',
              },
            ],
          },
        },
      },
    })
    const imported = await testApp.app.inject({
      method: 'POST',
      url: '/api/me/portfolio/imports',
      headers: asPerson(learner),
      payload: { credential: signed.verifiableCredential, origin: 'paste' },
    })
    expect(imported.statusCode, imported.body).toBe(201)
    expect(imported.json().isVerified).toBe(true)
    const importedId = imported.json<{ id: string }>().id
    const define = async (acceptedIssuers: string[]) => {
      const created = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/stacks',
        headers: asPerson(designer),
        payload: {
          name: { en: `Python in practice (${acceptedIssuers.length})` },
          rules: {
            parts: [{ kind: 'skill', skillUri: pythonSkill, count: 1 }],
            acceptedIssuers,
          },
        },
      })
      expect(created.statusCode, created.body).toBe(201)
      const id = created.json<{ id: string }>().id
      // A draft is not the learner's to see.
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: `/api/me/stacks/${id}/progress`,
            headers: asPerson(learner),
          })
        ).statusCode,
      ).toBe(404)
      const published = await testApp.app.inject({
        method: 'POST',
        url: `/api/stacks/${id}/publish`,
        headers: asPerson(designer),
      })
      expect(published.statusCode).toBe(200)
      return id
    }
    const closed = await define([])
    const refused = await progressOf(closed)
    expect(refused.parts[0]?.notCounted).toContainEqual({
      credentialId: importedId,
      reasons: ['issuer-not-accepted'],
    })
    const open = await define([pohjanrantaDid])
    const accepted = await progressOf(open)
    expect(accepted.isComplete).toBe(true)
    expect(accepted.counted).toContain(importedId)
    const response = await claim(open, { format: 'open-badge', language: 'en' })
    expect(response.statusCode, response.body).toBe(201)
    const badge = response.json<{ verifiableCredential: JsonObject }>().verifiableCredential
    expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    const evidence = badge.evidence as { id?: string; name: string }[]
    expect(evidence.map((item) => item.id)).toContain(
      signed.verifiableCredential && (signed.verifiableCredential as JsonObject).id,
    )
    const report = await osaamoVerifies(badge)
    expect(report.checks.filter((check) => check.outcome !== 'ok')).toEqual([])
    const documents = await referenceDocuments((badge.issuer as { id: string }).id)
    const reference = await verifyWithReference(badge, documents, now)
    expect(reference.error).toBeUndefined()
    expect(reference.verified).toBe(true)
    // A published stack's rules no longer change.
    const change = await testApp.app.inject({
      method: 'PUT',
      url: `/api/stacks/${open}`,
      headers: asPerson(designer),
      payload: {
        name: { en: 'Changed' },
        rules: { parts: [{ kind: 'skill', skillUri: pythonSkill }] },
      },
    })
    expect(change.statusCode).toBe(409)
    expect(change.json().code).toBe('STACK_ALREADY_PUBLISHED')
  })

  it('includes the stack credentials in the learner’s personal-data export', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/me/export',
      headers: asPerson(learner),
    })
    expect(response.statusCode).toBe(200)
    const exported = response.json<{
      stackCredentials: { stackId: string; format: string; credential: JsonObject }[]
    }>().stackCredentials
    expect(exported.map((entry) => entry.format).sort()).toEqual(['clr', 'open-badge'])
    expect(exported.find((entry) => entry.stackId === demoStackId)?.credential.type).toEqual([
      'VerifiableCredential',
      'ClrCredential',
    ])
  })
})
