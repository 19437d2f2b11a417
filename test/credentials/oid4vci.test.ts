import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { JsonObject, Organisation, SpecificationVersion } from '../../src/core/index.js'
import { getOrganisation } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const startOfTests = '2026-11-28T10:00:00.000Z'
const preAuthorizedGrant = 'urn:ietf:params:oauth:grant-type:pre-authorized_code'
const form = { 'content-type': 'application/x-www-form-urlencoded' }

type Offer = {
  credentialOffer: JsonObject
  credentialOfferUri: string
  txCode?: string
  expiresAt: string
}

/** What a wallet reads from an `openid-credential-offer://` deep link. */
function parseOfferUri(uri: string): {
  issuer: string
  configurationIds: string[]
  code: string
  txCode: { length: number; input_mode: string; description: string } | undefined
} {
  const url = new URL(uri)
  expect(url.protocol).toBe('openid-credential-offer:')
  const offer = JSON.parse(url.searchParams.get('credential_offer') ?? 'null')
  const grant = offer.grants[preAuthorizedGrant]
  return {
    issuer: offer.credential_issuer,
    configurationIds: offer.credential_configuration_ids,
    code: grant['pre-authorized_code'],
    txCode: grant.tx_code,
  }
}

/** The path of an absolute URL of this installation, for app.inject. */
const pathOf = (url: string) => new URL(url).pathname

for (const database of testDatabases) {
  describe(`OpenID4VCI pre-authorised code flow on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    let published: SpecificationVersion
    let registrar: SignedIn
    let learner: SignedIn
    let designer: SignedIn
    let partner: SignedIn

    const issue = async (format?: string) => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: `/api/specification-versions/${published.id}/credentials`,
        headers: asPerson(registrar),
        payload: {
          learner: {
            name: 'Sanni Laine',
            emailAddress: 'learner@demo.osaamo.fi',
            personId: learner.personId,
          },
          result: {
            grade: '4',
            assessedAt: '2026-11-20T12:00:00Z',
            identityVerification: 'supervised-with-id-verification',
          },
          ...(format === undefined ? {} : { format }),
        },
      })
      expect(response.statusCode, response.body).toBe(201)
      return response.json<{ id: string; verifiableCredential: JsonObject | string }>()
    }
    const offer = (credentialId: string, as: SignedIn | null, body?: JsonObject) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${credentialId}/offers`,
        headers: as === null ? {} : asPerson(as),
        ...(body === undefined ? {} : { payload: body }),
      })
    const offerOf = async (credentialId: string, as: SignedIn, body?: JsonObject) => {
      const response = await offer(credentialId, as, body)
      expect(response.statusCode, response.body).toBe(201)
      return response.json<Offer>()
    }
    const token = (fields: Record<string, string>, headers: Record<string, string> = form) =>
      testApp.app.inject({
        method: 'POST',
        url: '/oid4vci/token',
        headers,
        payload: new URLSearchParams(fields).toString(),
      })
    const grant = (code: string, txCode?: string) =>
      token({
        grant_type: preAuthorizedGrant,
        'pre-authorized_code': code,
        ...(txCode === undefined ? {} : { tx_code: txCode }),
      })
    const accessTokenFor = async (code: string, txCode?: string) => {
      const response = await grant(code, txCode)
      expect(response.statusCode, response.body).toBe(200)
      return response.json<{ access_token: string }>().access_token
    }
    const fetchCredential = (accessToken: string | undefined, configurationId: string) =>
      testApp.app.inject({
        method: 'POST',
        url: '/oid4vci/credential',
        headers: accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` },
        payload: { credential_configuration_id: configurationId },
      })
    const verify = (verifiableCredential: unknown) =>
      testApp.app.inject({
        method: 'POST',
        url: '/credentials/verify',
        payload: { verifiableCredential } as JsonObject,
      })

    /** The whole journey of a wallet, from the deep link to the credential. */
    const walletPicksUp = async (uri: string, txCode?: string) => {
      const parsed = parseOfferUri(uri)
      const issuerMetadata = await testApp.app.inject({
        method: 'GET',
        url: `/.well-known/openid-credential-issuer${pathOf(parsed.issuer).replace(/^\/$/, '')}`,
      })
      expect(issuerMetadata.statusCode).toBe(200)
      const issuer = issuerMetadata.json()
      expect(issuer.credential_issuer).toBe(parsed.issuer)
      const configurationId = parsed.configurationIds[0] as string
      expect(Object.keys(issuer.credential_configurations_supported)).toContain(configurationId)
      const authorizationServer = (
        await testApp.app.inject({ method: 'GET', url: '/.well-known/oauth-authorization-server' })
      ).json()
      expect(authorizationServer['pre-authorized_grant_anonymous_access_supported']).toBe(true)
      const tokenResponse = await testApp.app.inject({
        method: 'POST',
        url: pathOf(authorizationServer.token_endpoint),
        headers: form,
        payload: new URLSearchParams({
          grant_type: preAuthorizedGrant,
          'pre-authorized_code': parsed.code,
          ...(txCode === undefined ? {} : { tx_code: txCode }),
        }).toString(),
      })
      expect(tokenResponse.statusCode, tokenResponse.body).toBe(200)
      expect(tokenResponse.headers['cache-control']).toBe('no-store')
      const issued = tokenResponse.json()
      expect(issued).toMatchObject({ token_type: 'Bearer', expires_in: 300 })
      const credentialResponse = await testApp.app.inject({
        method: 'POST',
        url: pathOf(issuer.credential_endpoint),
        headers: { authorization: `Bearer ${issued.access_token}` },
        payload: { credential_configuration_id: configurationId },
      })
      expect(credentialResponse.statusCode, credentialResponse.body).toBe(200)
      const { credentials } = credentialResponse.json()
      expect(credentials).toHaveLength(1)
      return { credential: credentials[0].credential as JsonObject | string, configurationId }
    }

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const versions = await testApp.osaamo.deps.stores.specifications.listLatestForOrganisation(
        kaarnala.id,
      )
      const gradedPublished = versions.find(
        (version) => version.status === 'published' && version.content.gradingScheme === '0-5',
      )
      if (gradedPublished === undefined) {
        throw new Error('the demo data lacks a published 0–5 version')
      }
      published = gradedPublished
      registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    })
    afterEach(() => {
      testApp.osaamo.clock.set(startOfTests)
    })
    afterAll(async () => {
      await testApp.close()
    })

    it('serves the credential issuer metadata, public and cacheable', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/.well-known/openid-credential-issuer',
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['cache-control']).toBe('public, max-age=300')
      const metadata = response.json()
      expect(metadata).toMatchObject({
        credential_issuer: 'http://localhost:3000',
        credential_endpoint: 'http://localhost:3000/oid4vci/credential',
        credential_configurations_supported: {
          OpenBadgeCredential_ldp_vc: {
            format: 'ldp_vc',
            credential_definition: {
              '@context': expect.arrayContaining(['https://www.w3.org/ns/credentials/v2']),
              type: ['VerifiableCredential', 'OpenBadgeCredential'],
            },
          },
          OpenBadgeCredential_jwt_vc_json: { format: 'jwt_vc_json' },
        },
      })
      expect(metadata.display.map((entry: { locale: string }) => entry.locale)).toEqual([
        'fi',
        'sv',
        'en',
      ])
      for (const configuration of Object.values(
        metadata.credential_configurations_supported,
      ) as JsonObject[]) {
        expect(configuration).not.toHaveProperty('cryptographic_binding_methods_supported')
      }
    })

    it('serves the authorization server metadata with the token endpoint', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/.well-known/oauth-authorization-server',
      })
      expect(response.statusCode).toBe(200)
      expect(response.headers['cache-control']).toBe('public, max-age=300')
      expect(response.json()).toMatchObject({
        issuer: 'http://localhost:3000',
        token_endpoint: 'http://localhost:3000/oid4vci/token',
        'pre-authorized_grant_anonymous_access_supported': true,
        response_types_supported: [],
      })
    })

    it('lets the learner offer their credential to a wallet, which picks it up and verifies it', async () => {
      const { id, verifiableCredential } = await issue()
      const made = await offerOf(id, learner)
      expect(made.txCode).toBeUndefined()
      expect(made.expiresAt).toBe('2026-11-28T10:10:00.000Z')
      expect(made.credentialOffer).toEqual({
        credential_issuer: 'http://localhost:3000',
        credential_configuration_ids: ['OpenBadgeCredential_ldp_vc'],
        grants: { [preAuthorizedGrant]: { 'pre-authorized_code': expect.any(String) } },
      })
      const { credential } = await walletPicksUp(made.credentialOfferUri)
      expect(credential).toEqual(verifiableCredential)
      expect((await verify(credential)).statusCode).toBe(200)
      const actions = (await testApp.osaamo.deps.stores.audit.listAll())
        .filter((entry) => entry.subject.credentialId === id)
        .map((entry) => entry.action)
      expect(actions).toEqual(
        expect.arrayContaining(['credential-offer.created', 'credential-offer.delivered']),
      )
    })

    it('lets the registrar offer with a transaction code that the wallet must send', async () => {
      const { id } = await issue()
      const made = await offerOf(id, registrar, { txCode: true })
      expect(made.txCode).toMatch(/^\d{6}$/)
      const parsed = parseOfferUri(made.credentialOfferUri)
      expect(parsed.txCode).toMatchObject({ length: 6, input_mode: 'numeric' })
      expect(JSON.stringify(made.credentialOffer)).not.toContain(made.txCode as string)
      const { credential } = await walletPicksUp(made.credentialOfferUri, made.txCode)
      expect((await verify(credential)).statusCode).toBe(200)
    })

    it('offers a VC-JWT as jwt_vc_json and delivers the JWT', async () => {
      const { id, verifiableCredential } = await issue('vc+jwt')
      const made = await offerOf(id, learner)
      const { credential, configurationId } = await walletPicksUp(made.credentialOfferUri)
      expect(configurationId).toBe('OpenBadgeCredential_jwt_vc_json')
      expect(typeof credential).toBe('string')
      expect(credential).toBe(verifiableCredential)
      expect((await verify(credential)).statusCode).toBe(200)
    })

    it('refuses a code the second time: invalid_grant', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      await accessTokenFor(code)
      const again = await grant(code)
      expect(again.statusCode).toBe(400)
      expect(again.headers['content-type']).toMatch(/^application\/json/)
      expect(again.json()).toMatchObject({ error: 'invalid_grant' })
    })

    it('exchanges a code once when two wallets try at the same time', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const answers = await Promise.all([grant(code), grant(code), grant(code)])
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400, 400])
    })

    it('refuses a code after its 10 minutes: invalid_grant', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      testApp.osaamo.clock.set('2026-11-28T10:10:00.000Z')
      const response = await grant(code)
      expect(response.statusCode).toBe(400)
      expect(response.json().error).toBe('invalid_grant')
    })

    it('refuses an unknown code: invalid_grant', async () => {
      const response = await grant('not-a-code-this-installation-made')
      expect(response.statusCode).toBe(400)
      expect(response.json().error).toBe('invalid_grant')
    })

    it('locks an offer after five wrong transaction codes, even against the right one', async () => {
      const { id } = await issue()
      const made = await offerOf(id, learner, { txCode: true })
      const { code } = parseOfferUri(made.credentialOfferUri)
      const wrong = made.txCode === '000000' ? '111111' : '000000'
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const response = await grant(code, wrong)
        expect(response.statusCode).toBe(400)
        expect(response.json().error).toBe('invalid_grant')
      }
      const right = await grant(code, made.txCode)
      expect(right.statusCode).toBe(400)
      expect(right.json()).toMatchObject({ error: 'invalid_grant' })
      expect(right.json().error_description).toMatch(/locked/)
    })

    it('counts wrong transaction codes sent at the same time one by one, up to five', async () => {
      const { id } = await issue()
      const made = await offerOf(id, learner, { txCode: true })
      const { code } = parseOfferUri(made.credentialOfferUri)
      const wrongCodes = ['000000', '111111', '222222', '333333', '444444', '555555', '666666']
        .filter((candidate) => candidate !== made.txCode)
        .slice(0, 6)
      const answers = await Promise.all([
        ...wrongCodes.map((wrong) => grant(code, wrong)),
        grant(code, wrongCodes[0]),
        grant(code, wrongCodes[1]),
      ])
      expect(answers.every((answer) => answer.json().error === 'invalid_grant')).toBe(true)
      const stored = await testApp.osaamo.deps.stores.credentialOffers.findByCodeHash(
        testApp.osaamo.deps.secrets.sha256Hex(code),
      )
      expect(stored?.failedTxAttempts).toBe(5)
      expect((await grant(code, made.txCode)).statusCode).toBe(400)
    })

    it('accepts the right transaction code after a few wrong ones', async () => {
      const { id } = await issue()
      const made = await offerOf(id, learner, { txCode: true })
      const { code } = parseOfferUri(made.credentialOfferUri)
      const wrong = made.txCode === '000000' ? '111111' : '000000'
      expect((await grant(code, wrong)).json().error).toBe('invalid_grant')
      expect((await grant(code, made.txCode)).statusCode).toBe(200)
    })

    it('asks for the transaction code an offer has, and refuses one it does not have', async () => {
      const { id } = await issue()
      const guarded = parseOfferUri(
        (await offerOf(id, learner, { txCode: true })).credentialOfferUri,
      )
      const missing = await grant(guarded.code)
      expect(missing.statusCode).toBe(400)
      expect(missing.json().error).toBe('invalid_request')
      const open = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const unexpected = await grant(open.code, '123456')
      expect(unexpected.statusCode).toBe(400)
      expect(unexpected.json().error).toBe('invalid_request')
      expect((await grant(open.code)).statusCode).toBe(200)
    })

    it('answers invalid_request without grant_type and unsupported_grant_type for another', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const missing = await token({ 'pre-authorized_code': code })
      expect(missing.statusCode).toBe(400)
      expect(missing.json()).toMatchObject({ error: 'invalid_request' })
      const other = await token({ grant_type: 'authorization_code', code })
      expect(other.statusCode).toBe(400)
      expect(other.json()).toMatchObject({ error: 'unsupported_grant_type' })
      expect((await grant(code)).statusCode).toBe(200)
    })

    it('answers invalid_request to a token request that is not form-encoded, and keeps the code', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const asJson = await testApp.app.inject({
        method: 'POST',
        url: '/oid4vci/token',
        payload: { grant_type: preAuthorizedGrant, 'pre-authorized_code': code },
      })
      expect(asJson.statusCode).toBe(400)
      expect(asJson.json()).toMatchObject({ error: 'invalid_request' })
      const asText = await testApp.app.inject({
        method: 'POST',
        url: '/oid4vci/token',
        headers: { 'content-type': 'text/plain' },
        payload: `grant_type=${preAuthorizedGrant}`,
      })
      expect(asText.statusCode).toBe(400)
      expect(asText.json()).toMatchObject({ error: 'invalid_request' })
      expect((await grant(code)).statusCode).toBe(200)
    })

    it('delivers once: a used, unknown, missing or expired access token is invalid_token (401)', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const accessToken = await accessTokenFor(code)
      expect((await fetchCredential(accessToken, 'OpenBadgeCredential_ldp_vc')).statusCode).toBe(
        200,
      )
      for (const attempt of [accessToken, 'an-unknown-token', undefined]) {
        const response = await fetchCredential(attempt, 'OpenBadgeCredential_ldp_vc')
        expect(response.statusCode).toBe(401)
        expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"')
        expect(response.json()).toMatchObject({ error: 'invalid_token' })
      }
      const late = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const lateToken = await accessTokenFor(late.code)
      testApp.osaamo.clock.set('2026-11-28T10:05:00.000Z')
      const expired = await fetchCredential(lateToken, 'OpenBadgeCredential_ldp_vc')
      expect(expired.statusCode).toBe(401)
    })

    it('answers unknown_credential_configuration for another configuration and keeps the token', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const accessToken = await accessTokenFor(code)
      for (const configurationId of [
        'UniversityDegree_ldp_vc',
        'OpenBadgeCredential_jwt_vc_json',
      ]) {
        const response = await fetchCredential(accessToken, configurationId)
        expect(response.statusCode).toBe(400)
        expect(response.json()).toMatchObject({ error: 'unknown_credential_configuration' })
      }
      const malformed = await testApp.app.inject({
        method: 'POST',
        url: '/oid4vci/credential',
        headers: { authorization: `Bearer ${accessToken}` },
        payload: { format: 'ldp_vc' },
      })
      expect(malformed.statusCode).toBe(400)
      expect(malformed.json()).toMatchObject({ error: 'invalid_credential_request' })
      expect((await fetchCredential(accessToken, 'OpenBadgeCredential_ldp_vc')).statusCode).toBe(
        200,
      )
    })

    it('delivers a credential revoked after the offer, whose status then fails verification', async () => {
      const { id } = await issue()
      const { code } = parseOfferUri((await offerOf(id, learner)).credentialOfferUri)
      const revoked = await testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${id}/revoke`,
        headers: asPerson(registrar),
        payload: { reason: 'Issued in error' },
      })
      expect(revoked.statusCode).toBe(200)
      const response = await fetchCredential(
        await accessTokenFor(code),
        'OpenBadgeCredential_ldp_vc',
      )
      expect(response.statusCode).toBe(200)
      const verification = await verify(response.json().credentials[0].credential)
      expect(verification.statusCode).toBe(422)
      const checks = verification.json().details.report.checks as { id: string; outcome: string }[]
      expect(checks.find((check) => check.id === 'status')?.outcome).toBe('failed')
    })

    it('answers an outsider as for an unknown credential and other staff with 403', async () => {
      const { id } = await issue()
      expect((await offer(id, partner)).statusCode).toBe(404)
      expect((await offer(id, designer)).statusCode).toBe(403)
      expect((await offer('00000000-0000-4000-8000-999999999999', registrar)).statusCode).toBe(404)
    })

    it('asks an anonymous caller to sign in (401)', async () => {
      const { id } = await issue()
      const response = await offer(id, null)
      expect(response.statusCode).toBe(401)
      expect(response.json().code).toBe('AUTHENTICATION_REQUIRED')
    })
  })
}
