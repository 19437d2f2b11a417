import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import {
  type JsonObject,
  type Language,
  pickLanguage,
  type SpecificationVersion,
  system,
} from '../../src/core/index.js'
import { getOrganisation, issueOpenBadge, issueSignedCredential } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { runOsaamo } from '../support/capture-io.js'
import { unsignedCredential } from '../support/credential-fixtures.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const learnerName = 'Sanni Laine'
const learnerEmailAddress = 'learner@demo.osaamo.fi'

/** The content streams of a PDF, inflated where they are Flate-compressed text. */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const streams: string[] = []
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    const bytes = pdf.subarray(start, end)
    try {
      streams.push(inflateSync(bytes).toString('latin1'))
    } catch {
      // Images and anything else that is not a zlib stream hold no text.
    }
  }
  return streams
}

/**
 * The text of a PDF as pdfkit writes it: each text object (BT … ET) holds hex strings in
 * WinAnsi encoding, split where kerning applies; one object is one line.
 */
function textOf(pdf: Buffer): { lines: string[]; text: string; textObjects: number } {
  const decoder = new TextDecoder('windows-1252')
  const lines: string[] = []
  for (const stream of contentStreams(pdf)) {
    for (const object of stream.matchAll(/BT([\s\S]*?)ET/g)) {
      const hex = [...(object[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((item) => item[1] ?? '')
      lines.push(decoder.decode(Buffer.from(hex.join(''), 'hex')))
    }
  }
  return { lines, text: lines.join(' ').replaceAll(/\s+/g, ' '), textObjects: lines.length }
}

for (const database of testDatabases) {
  describe(`printable certificates on the ${database.name} database`, () => {
    let testApp: TestApp
    let published: SpecificationVersion
    let registrar: SignedIn
    let learner: SignedIn
    let partner: SignedIn
    let credentialId: string

    const issue = async (body: JsonObject = {}) => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: `/api/specification-versions/${published.id}/credentials`,
        payload: {
          learner: {
            name: learnerName,
            emailAddress: learnerEmailAddress,
            personId: learner.personId,
          },
          result: {
            grade: '4',
            assessedAt: '2026-11-20T12:00:00Z',
            identityVerification: 'supervised-with-id-verification',
          },
          ...body,
        },
        headers: asPerson(registrar),
      })
      expect(response.statusCode, response.body).toBe(201)
      return response.json<{ id: string }>().id
    }
    const certificate = (id: string, query = '', as: SignedIn | null = registrar) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/credentials/${id}/certificate.pdf${query}`,
        headers: as === null ? {} : asPerson(as),
      })

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      const kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const versions = await testApp.osaamo.deps.stores.specifications.listLatestForOrganisation(
        kaarnala.id,
      )
      const graded = versions.find(
        (version) =>
          version.status === 'published' &&
          version.content.gradingScheme === '0-5' &&
          version.content.ects !== undefined &&
          typeof version.content.eqfLevel === 'number',
      )
      if (graded === undefined) {
        throw new Error('the demo data lacks a published 0–5 version with ECTS and an EQF level')
      }
      published = graded
      registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      learner = await signIn(testApp.app, learnerEmailAddress)
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      credentialId = await issue()
    })
    afterAll(async () => {
      await testApp.close()
    })

    const labels: Record<Language, { credits: string; eqf: string; grade: string }> = {
      fi: { credits: 'op (ECTS)', eqf: 'EQF-taso', grade: 'Arvosana' },
      sv: { credits: 'sp (ECTS)', eqf: 'EQF-nivå', grade: 'Vitsord' },
      en: { credits: 'ECTS credits', eqf: 'EQF level', grade: 'Grade' },
    }

    for (const language of ['fi', 'sv', 'en'] as const) {
      it(`prints the title, learner, credits, EQF level, grade and verification link in ${language}`, async () => {
        const response = await certificate(credentialId, `?language=${language}`)
        expect(response.statusCode, response.body).toBe(200)
        expect(response.headers['content-type']).toBe('application/pdf')
        const pdf = response.rawPayload
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        const { text, textObjects } = textOf(pdf)
        expect(textObjects).toBeGreaterThan(1)
        const title = pickLanguage(published.content.title, language) ?? ''
        const ects = String(published.content.ects)
        expect(text).toContain(title)
        expect(text).toContain(learnerName)
        expect(text).toContain(
          `${language === 'en' ? ects : ects.replace('.', ',')} ${labels[language].credits}`,
        )
        expect(text).toContain(labels[language].eqf)
        expect(text).toContain(`${labels[language].eqf} ${published.content.eqfLevel}`)
        expect(text).toContain(`${labels[language].grade} 4`)
        expect(text).toContain(`http://localhost:3000/verify/${credentialId}`)
        // The QR code is a PNG embedded as an image XObject.
        expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/)
      })
    }

    it('prints in Finnish by default, with the Finnish labels, and names the file after the title', async () => {
      const response = await certificate(credentialId)
      expect(response.statusCode).toBe(200)
      const { text } = textOf(response.rawPayload)
      for (const label of [
        'Osaamismerkki'.toUpperCase(),
        'Myönnetty henkilölle',
        'Laajuus',
        'Osaamistavoitteet',
        'Arviointitapa',
        'Valvonta ja henkilöllisyyden tarkistus',
        'Laadunvarmistus',
        'Todistuksen tunniste',
        'Tarkista todistuksen aitous',
      ]) {
        expect(text).toContain(label)
      }
      expect(response.headers['content-disposition']).toMatch(/^inline; filename="[^"/\\]+\.pdf"/)
    })

    it('sets the document’s language, title and author', async () => {
      const pdf = (await certificate(credentialId, '?language=en')).rawPayload.toString('latin1')
      expect(pdf).toMatch(/\/Lang \(en\)/)
      expect(pdf).toMatch(/\/Title /)
      expect(pdf).toMatch(/\/Author /)
    })

    it('gives the learner the credential is linked to their certificate', async () => {
      expect((await certificate(credentialId, '', learner)).statusCode).toBe(200)
    })

    it('keeps the certificate from everyone else', async () => {
      const unlinked = await issue({
        learner: { name: learnerName, emailAddress: learnerEmailAddress },
      })
      expect((await certificate(unlinked, '', learner)).statusCode).toBe(404)
      expect((await certificate(credentialId, '', partner)).statusCode).toBe(404)
      expect((await certificate(credentialId, '', null)).statusCode).toBe(401)
      expect((await certificate('7d0f4c1e-0000-4000-8000-000000000000')).statusCode).toBe(404)
    })

    it('refuses a language it does not print', async () => {
      const response = await certificate(credentialId, '?language=de')
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('REQUEST_INVALID')
    })

    it('prints a VC-JWT Open Badge from the credential its JWT carries', async () => {
      const id = await issue({ format: 'vc+jwt' })
      const response = await certificate(id, '?language=en')
      expect(response.statusCode, response.body).toBe(200)
      expect(textOf(response.rawPayload).text).toContain(learnerName)
    })

    it('has no certificate for a credential that is not an OpenBadgeCredential', async () => {
      const kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const { id } = await issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: false,
      })
      const response = await certificate(id)
      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({
        code: 'CREDENTIAL_INVALID',
        detail: expect.stringContaining('OpenBadgeCredential'),
      })
    })

    describe('the public verification of an issued credential', () => {
      const verification = (id: string) =>
        testApp.app.inject({ method: 'GET', url: `/api/credentials/${id}/verification` })

      it('answers a fresh credential’s report, verified, without personal data', async () => {
        const response = await verification(credentialId)
        expect(response.statusCode, response.body).toBe(200)
        const report = response.json()
        expect(report).toMatchObject({
          verified: true,
          credentialId: `urn:uuid:${credentialId}`,
          issuerId: 'did:web:localhost%3A3000:organisations:kaarnala-open',
        })
        expect(response.body).not.toContain(learnerName)
        expect(response.body).not.toContain(learnerEmailAddress)
        expect(response.body).not.toContain('credentialSubject')
        expect(report.about).toMatchObject({
          achievementName: expect.any(String),
          issuerName: 'Kaarnalan avoin yliopisto',
          validFrom: expect.any(String),
        })
        expect(report.about.achievementName).not.toBe('')
        // A revocation must show at once: never a cached answer.
        expect(response.headers['cache-control']).toBe('no-store')
      })

      it('reports a revoked credential as failing its status check', async () => {
        const id = await issue()
        const revoked = await testApp.app.inject({
          method: 'POST',
          url: `/api/credentials/${id}/revoke`,
          payload: { reason: 'Issued by mistake' },
          headers: asPerson(registrar),
        })
        expect(revoked.statusCode, revoked.body).toBe(200)
        const response = await verification(id)
        expect(response.statusCode).toBe(200)
        expect(response.json().verified).toBe(false)
        expect(response.json().checks).toContainEqual(
          expect.objectContaining({ id: 'status', outcome: 'failed', code: 'CREDENTIAL_REVOKED' }),
        )
      })

      it('answers 404 for an id it never issued', async () => {
        expect((await verification('7d0f4c1e-0000-4000-8000-000000000000')).statusCode).toBe(404)
        expect((await verification('not-a-uuid')).statusCode).toBe(404)
      })
    })
  })
}

describe('osaamo credentials certificate', () => {
  let dataDirectory: string
  let credentialId = ''
  const osaamo = runOsaamo
  const stubEnvironment = () => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', '')
    vi.stubEnv('PORT', '')
  }
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-certificate-cli-'))
    stubEnvironment()
    expect((await osaamo('demo')).exitCode).toBe(0)
    const composition = await compose(readConfig())
    try {
      const kaarnala = await getOrganisation(composition.deps, 'kaarnala-open')
      const versions = await composition.deps.stores.specifications.listLatestForOrganisation(
        kaarnala.id,
      )
      const version = versions.find(
        (candidate) =>
          candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
      )
      if (version === undefined) {
        throw new Error('the demo data lacks a published 0–5 version')
      }
      credentialId = (
        await issueOpenBadge(composition.deps, system, {
          specificationVersionId: version.id,
          learner: { name: learnerName, emailAddress: learnerEmailAddress },
          result: {
            grade: '5',
            assessedAt: new Date('2026-11-20T12:00:00Z'),
            identityVerification: 'supervised-with-id-verification',
          },
        })
      ).id
    } finally {
      await composition.close()
    }
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(stubEnvironment)

  it('writes the certificate in the language asked, by id or urn:uuid', async () => {
    const out = join(dataDirectory, 'certificate.pdf')
    const written = await osaamo(
      'credentials',
      'certificate',
      `urn:uuid:${credentialId}`,
      '--out',
      out,
      '--language',
      'sv',
    )
    expect(written.exitCode, written.err).toBe(0)
    expect(written.out).toContain(out)
    const pdf = await readFile(out)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text } = textOf(pdf)
    expect(text).toContain(learnerName)
    expect(text).toContain('Vitsord 5')
  })

  it('refuses an unknown language and an unknown credential', async () => {
    const out = join(dataDirectory, 'refused.pdf')
    const language = await osaamo(
      'credentials',
      'certificate',
      credentialId,
      '--out',
      out,
      '--language',
      'de',
    )
    expect(language.exitCode).toBe(2)
    expect(language.err).toContain('--language')
    const unknown = await osaamo(
      'credentials',
      'certificate',
      '00000000-0000-4000-8000-0000000000ff',
      '--out',
      out,
    )
    expect(unknown.exitCode).toBe(1)
    expect((await osaamo('credentials', 'certificate', credentialId)).exitCode).toBe(2)
  })
})
