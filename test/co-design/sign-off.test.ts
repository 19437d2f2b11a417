import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type JsonObject,
  type Organisation,
  type SpecificationVersion,
  system,
} from '../../src/core/index.js'
import { toCanonicalNQuadsWithJsonLd } from '../../src/credentials/canonical-form.js'
import { decideFastPath } from '../../src/credentials/fast-rdfc/fast-path.js'
import {
  createDocumentLoader,
  toCanonicalNQuads,
  validateOpenBadgeSchema,
} from '../../src/credentials/index.js'
import {
  createPerson,
  demoPassword,
  findPublicDocument,
  getOrganisation,
  grantRoles,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { verifyWithReference } from '../support/digital-bazaar.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const publicUrl = 'http://localhost:3000'
const revontuliDid = 'did:web:localhost%3A3000:organisations:revontuli-software'
const issueRequest = {
  learner: { name: 'Aino Virtanen', emailAddress: 'aino.virtanen@example.fi' },
  result: {
    grade: '4',
    assessedAt: '2026-11-20T12:00:00Z',
    identityVerification: 'supervised-with-id-verification',
  },
}

describe.each(testDatabases)('signing off a version on the $name database', (database) => {
  let testApp: TestApp
  let revontuli: Organisation
  let published: SpecificationVersion
  let draft: SpecificationVersion
  let toRetire: SpecificationVersion
  let partner: SignedIn
  let uninvitedPartner: SignedIn
  let registrar: SignedIn
  let designer: SignedIn

  const request = (
    method: 'GET' | 'POST',
    url: string,
    as: SignedIn | null,
    payload?: JsonObject,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: as === null ? {} : asPerson(as),
      ...(payload === undefined ? {} : { payload }),
    })
  const signOffView = async (versionId: string, as: SignedIn | null = partner) =>
    request('GET', `/api/specification-versions/${versionId}/sign-off`, as)
  const fingerprintOf = async (versionId: string) =>
    (await signOffView(versionId)).json<{ contentFingerprint: string }>().contentFingerprint
  const signOff = (versionId: string, body: JsonObject, as: SignedIn | null = partner) =>
    request('POST', `/api/specification-versions/${versionId}/sign-offs`, as, body)
  /** Everything a refused sign-off must leave as it was. */
  const stateOf = async (versionId: string) => ({
    endorsements: await testApp.osaamo.deps.stores.endorsements.listForVersion(versionId),
    auditEntries: (await testApp.osaamo.deps.stores.audit.listAll()).length,
    revontuliKeys: (await testApp.osaamo.deps.stores.signingKeys.listForOrganisation(revontuli.id))
      .length,
  })
  const invite = async (versionId: string, personId: string) => {
    await testApp.osaamo.deps.stores.workspaceParticipants.add({
      versionId,
      personId,
      organisationId: revontuli.id,
      invitedBy: undefined,
      invitedAt: new Date('2026-11-27T10:00:00Z'),
    })
  }
  /** Osaamo's verifier on the API, as a relying party would call it. */
  const verifyWithOsaamo = async (credential: unknown) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential: credential as JsonObject },
    })
    // 200 with the report when it verifies, 422 CREDENTIAL_NOT_VERIFIED with it when not.
    expect([200, 422], response.body).toContain(response.statusCode)
    type Report = { verified: boolean; checks: { id: string; outcome: string; code: string }[] }
    return response.statusCode === 200
      ? response.json<Report>()
      : response.json<{ details: { report: Report } }>().details.report
  }
  /** @digitalbazaar/vc against the DID documents Osaamo serves for the issuer. */
  const verifyWithDigitalBazaar = async (credential: JsonObject) => {
    const issuer = credential.issuer as { id: string }
    const didDocument = (await findPublicDocument(testApp.osaamo.deps, issuer.id)) as JsonObject
    const documents = new Map<string, unknown>([[issuer.id, didDocument]])
    for (const method of didDocument.verificationMethod as JsonObject[]) {
      documents.set(method.id as string, {
        '@context': 'https://w3id.org/security/multikey/v1',
        ...method,
      })
    }
    return verifyWithReference(credential, documents, new Date('2026-11-28T10:00:00Z'))
  }

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    const { deps } = testApp.osaamo
    const kaarnala = await getOrganisation(deps, 'kaarnala-open')
    revontuli = await getOrganisation(deps, 'revontuli-software')
    const versions = await deps.stores.specifications.listLatestForOrganisation(kaarnala.id)
    const graded = versions.filter(
      (version) => version.status === 'published' && version.content.gradingScheme === '0-5',
    )
    const anyDraft = versions.find((version) => version.status === 'draft')
    const otherPublished = versions.find(
      (version) => version.status === 'published' && version.id !== graded[0]?.id,
    )
    if (graded[0] === undefined || anyDraft === undefined || otherPublished === undefined) {
      throw new Error(
        'the demo data lacks a published 0–5 version, another published one or a draft',
      )
    }
    published = graded[0]
    draft = anyDraft
    toRetire = otherPublished
    partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    const other = await createPerson(deps, system, {
      displayName: 'Kutsumaton Kumppani',
      emailAddress: 'uninvited.partner@example.fi',
      password: demoPassword,
    })
    await grantRoles(deps, system, {
      organisationId: revontuli.id,
      personId: other.id,
      roles: ['partner'],
    })
    uninvitedPartner = await signIn(testApp.app, 'uninvited.partner@example.fi')
    for (const version of [published, draft, toRetire]) {
      await invite(version.id, partner.personId)
    }
  }, 120_000)
  afterAll(async () => {
    await testApp?.close()
  })

  it('shows an invited partner the draft and the fingerprint of its content', async () => {
    const response = await signOffView(draft.id)
    expect(response.statusCode, response.body).toBe(200)
    const view = response.json()
    expect(view.version.id).toBe(draft.id)
    expect(view.contentFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(view.endorsements).toEqual([])
  })

  it('does not reveal a draft to a partner who was not invited, nor let them sign it off', async () => {
    const before = await stateOf(draft.id)
    expect((await signOffView(draft.id, uninvitedPartner)).statusCode).toBe(404)
    const response = await signOff(
      draft.id,
      { contentFingerprint: await fingerprintOf(draft.id), comment: 'Hyvä' },
      uninvitedPartner,
    )
    expect(response.statusCode, response.body).toBe(404)
    expect(response.json().code).toBe('SPECIFICATION_VERSION_NOT_FOUND')
    expect(await stateOf(draft.id)).toEqual(before)
  })

  it('refuses a sign-off of content that changed since the review and changes nothing', async () => {
    const reviewed = await fingerprintOf(draft.id)
    const { deps } = testApp.osaamo
    const current = await deps.stores.specifications.findVersion(draft.id)
    if (current === undefined) {
      throw new Error('the draft is gone')
    }
    await deps.stores.specifications.updateContent(
      draft.id,
      { ...current.content, title: { ...current.content.title, en: 'Changed after the review' } },
      new Date('2026-11-28T10:00:00Z'),
    )
    const before = await stateOf(draft.id)
    const response = await signOff(draft.id, { contentFingerprint: reviewed, comment: 'Hyvä' })
    expect(response.statusCode, response.body).toBe(409)
    expect(response.json().code).toBe('SIGN_OFF_VERSION_CHANGED')
    expect(await stateOf(draft.id)).toEqual(before)
    expect(await fingerprintOf(draft.id)).not.toBe(reviewed)
  })

  it('refuses bad input with every problem and changes nothing', async () => {
    const before = await stateOf(draft.id)
    const malformed = await signOff(draft.id, { contentFingerprint: 'yesterday', comment: 'x' })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().code).toBe('REQUEST_INVALID')
    const tooLong = await signOff(draft.id, {
      contentFingerprint: await fingerprintOf(draft.id),
      comment: 'x'.repeat(5001),
    })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json().details.problems).toEqual([expect.objectContaining({ path: 'comment' })])
    const noBody = await signOff(draft.id, {})
    expect(noBody.statusCode).toBe(400)
    expect(await stateOf(draft.id)).toEqual(before)
  })

  it('refuses people who are not partners of a partner organisation', async () => {
    const contentFingerprint = await fingerprintOf(published.id)
    const before = await stateOf(published.id)
    const anonymous = await signOff(published.id, { contentFingerprint, comment: '' }, null)
    expect(anonymous.statusCode).toBe(401)
    for (const person of [registrar, designer]) {
      const response = await signOff(published.id, { contentFingerprint, comment: '' }, person)
      expect(response.statusCode, response.body).toBe(403)
    }
    expect(await stateOf(published.id)).toEqual(before)
  })

  it('issues a signed EndorsementCredential for the version, once per organisation', async () => {
    const contentFingerprint = await fingerprintOf(draft.id)
    const response = await signOff(draft.id, {
      contentFingerprint,
      comment: 'Vastaa **ohjelmistokehittäjien** osaamistarpeeseemme.',
    })
    expect(response.statusCode, response.body).toBe(201)
    const endorsement = response.json()
    expect(endorsement).toMatchObject({
      versionId: draft.id,
      organisation: { slug: 'revontuli-software' },
      contentFingerprint,
      isCurrent: true,
    })
    const credential = endorsement.credential as JsonObject
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: `urn:uuid:${endorsement.id}`,
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: revontuliDid, type: ['Profile'], name: 'Revontuli Software Oy' },
      credentialSubject: {
        id: `${publicUrl}/api/specification-versions/${draft.id}`,
        type: ['EndorsementSubject'],
        endorsementComment: 'Vastaa **ohjelmistokehittäjien** osaamistarpeeseemme.',
      },
      proof: [
        {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          proofPurpose: 'assertionMethod',
        },
      ],
    })
    expect((credential.proof as { verificationMethod: string }[])[0]?.verificationMethod).toMatch(
      new RegExp(`^${revontuliDid}#z`),
    )
    expect(validateOpenBadgeSchema(credential, 'endorsement')).toEqual({
      isValid: true,
      errors: [],
    })

    const before = await stateOf(draft.id)
    const again = await signOff(draft.id, { contentFingerprint, comment: 'Toinen kerta' })
    expect(again.statusCode, again.body).toBe(409)
    expect(again.json().code).toBe('SIGN_OFF_ALREADY_GIVEN')
    expect(await stateOf(draft.id)).toEqual(before)
  })

  it('keeps an endorsement of a draft edited afterwards, marked as not current', async () => {
    const { deps } = testApp.osaamo
    const current = await deps.stores.specifications.findVersion(draft.id)
    if (current === undefined) {
      throw new Error('the draft is gone')
    }
    await deps.stores.specifications.updateContent(
      draft.id,
      { ...current.content, title: { ...current.content.title, en: 'Edited after the sign-off' } },
      new Date('2026-11-28T10:00:00Z'),
    )
    const all = await request(
      'GET',
      `/api/specification-versions/${draft.id}/endorsements`,
      partner,
    )
    expect(all.json().items).toEqual([expect.objectContaining({ isCurrent: false })])
    const onlyCurrent = await request(
      'GET',
      `/api/specification-versions/${draft.id}/endorsements?current=true`,
      partner,
    )
    expect(onlyCurrent.json().items).toEqual([])
  })

  it('refuses a sign-off of a retired version', async () => {
    const contentFingerprint = await fingerprintOf(toRetire.id)
    await testApp.osaamo.deps.stores.specifications.setStatus(
      toRetire.id,
      'retired',
      new Date('2026-11-28T10:00:00Z'),
    )
    const before = await stateOf(toRetire.id)
    const response = await signOff(toRetire.id, { contentFingerprint, comment: '' })
    expect(response.statusCode, response.body).toBe(409)
    expect(response.json().code).toBe('SIGN_OFF_VERSION_CLOSED')
    expect(await stateOf(toRetire.id)).toEqual(before)
  })

  describe('the endorsement of a published version', () => {
    let endorsement: JsonObject
    let issued: JsonObject

    beforeAll(async () => {
      const response = await signOff(published.id, {
        contentFingerprint: await fingerprintOf(published.id),
        comment: 'Suosittelemme tätä kaikille uusille kehittäjillemme.',
        language: 'en',
      })
      expect(response.statusCode, response.body).toBe(201)
      endorsement = response.json().credential
      const issuing = await request(
        'POST',
        `/api/specification-versions/${published.id}/credentials`,
        registrar,
        issueRequest,
      )
      expect(issuing.statusCode, issuing.body).toBe(201)
      issued = issuing.json().verifiableCredential
    }, 60_000)

    it('is listed publicly for the catalogue', async () => {
      const response = await request(
        'GET',
        `/api/specification-versions/${published.id}/endorsements?current=true`,
        null,
      )
      expect(response.statusCode, response.body).toBe(200)
      expect(response.json().items).toEqual([
        expect.objectContaining({
          organisation: expect.objectContaining({ slug: 'revontuli-software' }),
          comment: 'Suosittelemme tätä kaikille uusille kehittäjillemme.',
          isCurrent: true,
        }),
      ])
    })

    it('verifies with Osaamo’s verifier: every check ok but status, which it has none of', async () => {
      const report = await verifyWithOsaamo(endorsement)
      expect(report.verified).toBe(true)
      expect(report.checks.filter((check) => check.outcome !== 'ok')).toEqual([
        expect.objectContaining({ id: 'status', outcome: 'skipped', code: 'NO_STATUS' }),
      ])
      expect(report.checks).toContainEqual(
        expect.objectContaining({ id: 'schema', code: 'SCHEMA_VALID' }),
      )
    })

    it('verifies with @digitalbazaar/vc against the served DID document', async () => {
      const result = await verifyWithDigitalBazaar(endorsement)
      expect(result.error).toBeUndefined()
      expect(result.verified).toBe(true)
    })

    it('is carried in the achievement of credentials issued from the version', () => {
      const subject = issued.credentialSubject as { achievement: { endorsement?: unknown } }
      expect(subject.achievement.endorsement).toEqual([endorsement])
    })

    it('leaves the issued credential on the fast path, with jsonld.js’s canonical form', async () => {
      const loader = createDocumentLoader()
      // The embedded endorsement's own @context list and proof are covered (decision 0021).
      const decision = await decideFastPath(issued, loader)
      expect(decision.fast).toBe(true)
      expect(await toCanonicalNQuads(issued, loader)).toBe(
        await toCanonicalNQuadsWithJsonLd(issued, loader),
      )
    })

    it('leaves an issued credential carrying it verifiable by Osaamo and @digitalbazaar/vc', async () => {
      const report = await verifyWithOsaamo(issued)
      // The schema check included: the embedded endorsement passes the OB 3.0 schema in place.
      expect(report.checks.filter((check) => check.outcome !== 'ok')).toEqual([])
      expect(report.verified).toBe(true)
      const reference = await verifyWithDigitalBazaar(issued)
      expect(reference.error).toBeUndefined()
      expect(reference.verified).toBe(true)
    })

    it('detects an endorsement altered inside an issued credential', async () => {
      const tampered = structuredClone(issued) as {
        credentialSubject: { achievement: { endorsement: JsonObject[] } }
      }
      const [embedded] = tampered.credentialSubject.achievement.endorsement
      ;(embedded?.credentialSubject as JsonObject).endorsementComment = 'Ei suositella.'
      expect((await verifyWithOsaamo(tampered)).verified).toBe(false)
      expect((await verifyWithOsaamo(embedded)).verified).toBe(false)
    })

    it('is attached to the version’s OB 3.0 Achievement export', async () => {
      const response = await request(
        'GET',
        `/api/specification-versions/${published.id}/exports/open-badges-achievement`,
        null,
      )
      expect(response.statusCode, response.body).toBe(200)
      expect(response.json().endorsement).toEqual([endorsement])
    })

    it('is withdrawn by the partner and then no longer carried', async () => {
      const [stored] = await testApp.osaamo.deps.stores.endorsements.listForVersion(published.id)
      const response = await request('POST', `/api/endorsements/${stored?.id}/withdraw`, partner, {
        reason: 'Tarve muuttui',
      })
      expect(response.statusCode, response.body).toBe(200)
      const again = await request('POST', `/api/endorsements/${stored?.id}/withdraw`, partner, {})
      expect(again.json().code).toBe('ENDORSEMENT_WITHDRAWN')
      const listed = await request(
        'GET',
        `/api/specification-versions/${published.id}/endorsements`,
        null,
      )
      expect(listed.json().items).toEqual([])
      const issuing = await request(
        'POST',
        `/api/specification-versions/${published.id}/credentials`,
        registrar,
        issueRequest,
      )
      const achievement = issuing.json().verifiableCredential.credentialSubject.achievement
      expect(achievement.endorsement).toBeUndefined()
    })
  })
})
