import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildApp } from '../../src/api/index.js'
import { type Composition, compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import type { JsonObject } from '../../src/core/index.js'
import { deliverMail, loadDemoData } from '../../src/services/index.js'
import { useDatabase } from '../offerings/cli-support.js'
import { qrCodesOf } from '../support/pdf-images.js'
import { asPerson, signIn } from '../support/sign-in.js'
import { type ReceivedMail, startSmtpTestServer } from '../support/smtp-test-server.js'
import { testDatabases } from '../support/test-databases.js'
import { type ClosedCohort, closedCohort } from './cohort-fixtures.js'
import { runIssueCommand } from './issue-child.js'

const preAuthorizedGrant = 'urn:ietf:params:oauth:grant-type:pre-authorized_code'
const publicUrl = 'http://localhost:3000'

/** Osaamo on the test's database as `osaamo serve` composes it, with its API. */
async function openOsaamo(): Promise<{
  composition: Composition
  app: Awaited<ReturnType<typeof buildApp>>
  close(): Promise<void>
}> {
  const composition = await compose(readConfig())
  const app = await buildApp(composition.deps, {
    publicUrl,
    version: '0.0.0-test',
    bodyLimitBytes: 64 * 1024,
    logLevel: 'silent',
  })
  return {
    composition,
    app,
    close: async () => {
      await app.close()
      await composition.close()
    },
  }
}

describe.each(testDatabases)(
  'from results to a verified credential on the $name database',
  (database) => {
    let tearDown: (() => Promise<void>) | undefined
    let stopSmtp: (() => Promise<void>) | undefined
    afterEach(async () => {
      await tearDown?.()
      await stopSmtp?.()
    })

    it('issues a cohort (killed and resumed), delivers by claim link and OID4VCI, prints a PDF whose QR code verifies, and shows revocation', {
      timeout: 240_000,
    }, async () => {
      tearDown = await useDatabase(database)
      const smtp = await startSmtpTestServer()
      stopSmtp = smtp.stop
      vi.stubEnv('OSAAMO_SMTP_URL', smtp.url)
      vi.stubEnv('OSAAMO_PUBLIC_URL', publicUrl)

      // A registrar imports 200 results of a published micro-credential and closes the offering.
      let cohort: ClosedCohort
      let osaamo = await openOsaamo()
      try {
        await loadDemoData(osaamo.composition.deps)
        const registrar = await signIn(osaamo.app, 'registrar@demo.osaamo.fi')
        cohort = await closedCohort(osaamo.app, registrar, {
          learners: 200,
          failEvery: 10,
          label: 'journey',
        })
      } finally {
        await osaamo.close()
      }
      expect(cohort.passed).toBe(180)

      // `osaamo issue` is killed with SIGKILL midway, then run again to the end.
      const killed = await runIssueCommand(cohort.offeringId, 50)
      expect(killed.signal, killed.output).toBe('SIGKILL')
      const resumed = await runIssueCommand(cohort.offeringId)
      expect(resumed.code, resumed.output).toBe(0)
      expect(resumed.output).toMatch(/Going on with run .*: \d+ of 180 done/)

      osaamo = await openOsaamo()
      try {
        const { app, composition } = osaamo
        const { deps } = composition
        // Exactly one credential per passed learner; none for those who failed.
        expect(await deps.stores.issuingRuns.countIssued(cohort.offeringId)).toBe(180)
        const [run] = await deps.stores.issuingRuns.listForOffering(cohort.offeringId)
        expect(run).toMatchObject({ state: 'completed', total: 180, failures: [] })
        expect((run?.issued ?? 0) + (run?.alreadyIssued ?? 0)).toBe(180)

        // The claim mails go out through SMTP; the first learner signs up through the link.
        while ((await deliverMail(deps, 100)) > 0) {
          // until the outbox is empty
        }
        const firstAddress = cohort.emailAddresses[0] as string
        const mail = smtp.received.find((received) => received.to.includes(firstAddress))
        expect(
          smtp.received.filter((received) => received.to.includes('oppija-journey')),
        ).toHaveLength(180)
        const link = linkIn(mail)
        expect(link.startsWith(`${publicUrl}/claim/`)).toBe(true)
        const token = decodeURIComponent(link.slice(`${publicUrl}/claim/`.length))
        const signUp = await app.inject({
          method: 'POST',
          url: `/api/claims/${encodeURIComponent(token)}/account`,
          payload: { displayName: 'Oppija Journey 1', password: 'a long learner passphrase' },
        })
        expect(signUp.statusCode, signUp.body).toBe(201)
        const sessionCookie = signUp.cookies.find((cookie) => cookie.name === 'osaamo_session')
        const learner = {
          cookie: `osaamo_session=${sessionCookie?.value}`,
          csrfToken: signUp.json<{ csrfToken: string }>().csrfToken,
        }
        const mine = await app.inject({
          method: 'GET',
          url: '/api/me/credentials',
          headers: { cookie: learner.cookie },
        })
        const items = mine.json<{ items: { id: string }[] }>().items
        expect(items).toHaveLength(1)
        const credentialId = items[0]?.id as string
        const again = await app.inject({
          method: 'POST',
          url: `/api/claims/${encodeURIComponent(token)}/account`,
          payload: { displayName: 'Someone Else', password: 'another long passphrase' },
        })
        expect(again.statusCode).toBe(410)

        // The learner's wallet picks the credential up with OpenID4VCI.
        const registrar = await signIn(app, 'registrar@demo.osaamo.fi')
        const offer = await app.inject({
          method: 'POST',
          url: `/api/credentials/${credentialId}/offers`,
          headers: asPerson(registrar),
          payload: {},
        })
        expect(offer.statusCode, offer.body).toBe(201)
        const deepLink = new URL(offer.json<{ credentialOfferUri: string }>().credentialOfferUri)
        const credentialOffer = JSON.parse(deepLink.searchParams.get('credential_offer') ?? '{}')
        const code = credentialOffer.grants[preAuthorizedGrant]['pre-authorized_code']
        const issuerMetadata = (
          await app.inject({ method: 'GET', url: '/.well-known/openid-credential-issuer' })
        ).json()
        const tokenResponse = await app.inject({
          method: 'POST',
          url: '/oid4vci/token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            grant_type: preAuthorizedGrant,
            'pre-authorized_code': code,
          }).toString(),
        })
        expect(tokenResponse.statusCode, tokenResponse.body).toBe(200)
        const pickedUp = await app.inject({
          method: 'POST',
          url: new URL(issuerMetadata.credential_endpoint).pathname,
          headers: { authorization: `Bearer ${tokenResponse.json().access_token}` },
          payload: { credential_configuration_id: credentialOffer.credential_configuration_ids[0] },
        })
        expect(pickedUp.statusCode, pickedUp.body).toBe(200)
        const walletCredential = pickedUp.json().credentials[0].credential as JsonObject
        expect(walletCredential.id).toBe(`urn:uuid:${credentialId}`)
        const walletCheck = await app.inject({
          method: 'POST',
          url: '/credentials/verify',
          payload: { verifiableCredential: walletCredential },
        })
        expect(walletCheck.statusCode, walletCheck.body).toBe(200)

        // The learner prints the PDF; its QR code leads to a verification that succeeds.
        const pdf = await app.inject({
          method: 'GET',
          url: `/api/credentials/${credentialId}/certificate.pdf?language=en`,
          headers: { cookie: learner.cookie },
        })
        expect(pdf.statusCode).toBe(200)
        const [decoded] = qrCodesOf(pdf.rawPayload)
        expect(decoded).toBe(`${publicUrl}/verify/${credentialId}`)
        const verifyQr = () =>
          app.inject({
            method: 'GET',
            url: `/api/credentials/${decoded?.split('/').pop()}/verification`,
          })
        const before = (await verifyQr()).json<{
          verified: boolean
          checks: { id: string; outcome: string }[]
        }>()
        expect(before.verified).toBe(true)
        expect(before.checks.find((check) => check.id === 'status')?.outcome).toBe('ok')

        // The registrar revokes it: the same verification reports it at once, and the learner is told.
        const revoke = await app.inject({
          method: 'POST',
          url: `/api/credentials/${credentialId}/revoke`,
          headers: asPerson(registrar),
          payload: { reason: 'Issued on a mistaken result' },
        })
        expect(revoke.statusCode, revoke.body).toBe(200)
        const after = (await verifyQr()).json<{
          verified: boolean
          checks: { id: string; outcome: string; code: string }[]
        }>()
        expect(after.verified).toBe(false)
        expect(after.checks.find((check) => check.id === 'status')).toMatchObject({
          outcome: 'failed',
          code: 'CREDENTIAL_REVOKED',
        })
        await deliverMail(deps)
        const notice = smtp.received.filter((received) => received.to.includes(firstAddress)).at(-1)
        expect(notice?.text).toContain('Issued on a mistaken result')
      } finally {
        await osaamo.close()
      }
    })
  },
)

/** The first link of this installation in a mail. */
function linkIn(mail: ReceivedMail | undefined): string {
  const link = mail?.text.match(/http:\/\/localhost:3000\/\S+/)?.[0]
  if (link === undefined) {
    throw new Error(`no link in the mail: ${mail?.text}`)
  }
  return link
}
