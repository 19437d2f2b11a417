import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { getBit, type JsonObject, type Organisation, system } from '../../src/core/index.js'
import {
  findPublicDocument,
  getOrganisation,
  issueSignedCredential,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { runOsaamo } from '../support/capture-io.js'
import {
  statusBits,
  statusEntries,
  unsignedCredential,
  verifiesWithDidDocument,
} from '../support/credential-fixtures.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

type CredentialBody = {
  id: string
  state: string
  statusReason: string | null
  statusChangedAt: string | null
  revocation: { statusListCredential: string; statusListIndex: number } | null
  verifiableCredential: JsonObject | string
}

for (const database of testDatabases) {
  describe(`revoking, suspending and reinstating on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    const people: Record<string, SignedIn> = {}
    beforeAll(async () => {
      testApp = await buildTestApp(database)
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      for (const role of ['admin', 'registrar', 'designer', 'assessor', 'partner', 'learner']) {
        people[role] = await signIn(testApp.app, `${role}@demo.osaamo.fi`)
      }
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const as = (role: string) => asPerson(people[role] as SignedIn)
    async function issue(withStatus = true) {
      const { id, verifiableCredential } = await issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus,
      })
      return {
        id,
        entries: withStatus ? statusEntries(verifiableCredential as JsonObject) : undefined,
      }
    }
    const change = (id: string, action: string, role: string | undefined, payload: unknown) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${id}/${action}`,
        headers: role === undefined ? {} : as(role),
        payload: payload as JsonObject,
      })
    async function bitAt(entry: { url: string; index: number }): Promise<boolean> {
      const list = (await findPublicDocument(testApp.osaamo.deps, entry.url)) as JsonObject
      expect(await verifiesWithDidDocument(testApp.osaamo.deps, list)).toBe(true)
      return getBit(statusBits(list), entry.index)
    }
    async function auditEntries() {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/audit?limit=500',
        headers: as('admin'),
      })
      return response.json<{ items: { action: string; subject: Record<string, string> }[] }>().items
    }

    it('revokes: sets the bit in the signed list, and keeps the reason in the audit log', async () => {
      const { id, entries } = await issue()
      if (entries === undefined) {
        throw new Error('issued without status')
      }
      const response = await change(id, 'revoke', 'registrar', { reason: 'Assessment annulled' })
      expect(response.statusCode).toBe(200)
      expect(response.json<CredentialBody>()).toMatchObject({
        id,
        state: 'revoked',
        statusReason: 'Assessment annulled',
        statusChangedAt: '2026-11-28T10:00:00.000Z',
        revocation: {
          statusListCredential: entries.revocation.url,
          statusListIndex: entries.revocation.index,
        },
      })
      expect(await bitAt(entries.revocation)).toBe(true)
      expect(await bitAt(entries.suspension)).toBe(false)
      expect(await auditEntries()).toContainEqual(
        expect.objectContaining({
          action: 'credential.revoked',
          subject: { credentialId: id, reason: 'Assessment annulled' },
        }),
      )
    })

    it('suspends and reinstates, flipping the suspension bit each time', async () => {
      const { id, entries } = await issue()
      if (entries === undefined) {
        throw new Error('issued without status')
      }
      const suspended = await change(id, 'suspend', 'admin', { reason: 'Under investigation' })
      expect(suspended.json<CredentialBody>().state).toBe('suspended')
      expect(await bitAt(entries.suspension)).toBe(true)
      const reinstated = await change(id, 'reinstate', 'registrar', { reason: 'Cleared' })
      expect(reinstated.json<CredentialBody>()).toMatchObject({
        state: 'active',
        statusReason: 'Cleared',
      })
      expect(await bitAt(entries.suspension)).toBe(false)
      expect(await bitAt(entries.revocation)).toBe(false)
      const actions = (await auditEntries())
        .filter((entry) => entry.subject.credentialId === id)
        .map((entry) => `${entry.action}: ${entry.subject.reason}`)
      expect(actions).toEqual([
        'credential.reinstated: Cleared',
        'credential.suspended: Under investigation',
        'credential.issued: undefined',
      ])
    })

    it('revokes a suspended credential and lifts its suspension', async () => {
      const { id, entries } = await issue()
      if (entries === undefined) {
        throw new Error('issued without status')
      }
      await change(id, 'suspend', 'registrar', { reason: 'Checking' })
      await change(id, 'revoke', 'registrar', { reason: 'Confirmed' })
      expect(await bitAt(entries.revocation)).toBe(true)
      expect(await bitAt(entries.suspension)).toBe(false)
    })

    it.each([
      ['reinstate an active credential', [], 'reinstate'],
      ['suspend a suspended credential', ['suspend'], 'suspend'],
      ['revoke a revoked credential', ['revoke'], 'revoke'],
      ['suspend a revoked credential', ['revoke'], 'suspend'],
      ['reinstate a revoked credential', ['revoke'], 'reinstate'],
    ])('refuses to %s with 409, changing nothing', async (_what, before, action) => {
      const { id, entries } = await issue()
      if (entries === undefined) {
        throw new Error('issued without status')
      }
      for (const step of before) {
        await change(id, step, 'registrar', { reason: 'Before' })
      }
      const stored = await testApp.osaamo.deps.stores.issuedCredentials.findById(id)
      const lists = await Promise.all(
        [entries.revocation, entries.suspension].map((entry) =>
          findPublicDocument(testApp.osaamo.deps, entry.url),
        ),
      )
      const auditLength = (await testApp.osaamo.deps.stores.audit.listAll()).length
      const response = await change(id, action, 'registrar', { reason: 'Not allowed' })
      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({ code: 'CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED' })
      expect(await testApp.osaamo.deps.stores.issuedCredentials.findById(id)).toEqual(stored)
      expect(
        await Promise.all(
          [entries.revocation, entries.suspension].map((entry) =>
            findPublicDocument(testApp.osaamo.deps, entry.url),
          ),
        ),
      ).toEqual(lists)
      expect((await testApp.osaamo.deps.stores.audit.listAll()).length).toBe(auditLength)
    })

    it('refuses a status change of a credential issued without status entries', async () => {
      const { id } = await issue(false)
      const response = await change(id, 'revoke', 'registrar', { reason: 'No list' })
      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({ code: 'CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED' })
    })

    it('answers 403 to the issuing organisation’s staff without the role, 404 to outsiders, 401 to nobody', async () => {
      const { id } = await issue()
      for (const role of ['designer', 'assessor']) {
        const response = await change(id, 'revoke', role, { reason: 'Not mine to do' })
        expect(response.statusCode).toBe(403)
        expect(response.json()).toMatchObject({ code: 'PERMISSION_DENIED' })
      }
      for (const role of ['partner', 'learner']) {
        const response = await change(id, 'revoke', role, { reason: 'Not mine to do' })
        expect(response.statusCode).toBe(404)
        expect(response.json()).toMatchObject({ code: 'CREDENTIAL_NOT_FOUND' })
      }
      expect((await change(id, 'revoke', undefined, { reason: 'Anyone' })).statusCode).toBe(401)
      expect((await testApp.osaamo.deps.stores.issuedCredentials.findById(id))?.state).toBe(
        'active',
      )
    })

    it('answers 404 for an unknown credential', async () => {
      for (const id of ['00000000-0000-4000-8000-0000000000ff', 'not-an-id']) {
        const response = await change(id, 'revoke', 'registrar', { reason: 'Unknown' })
        expect(response.statusCode).toBe(404)
        expect(response.json()).toMatchObject({ code: 'CREDENTIAL_NOT_FOUND' })
        const read = await testApp.app.inject({
          method: 'GET',
          url: `/api/credentials/${id}`,
          headers: as('registrar'),
        })
        expect(read.statusCode).toBe(404)
      }
    })

    it.each([
      ['no reason', {}],
      ['an empty reason', { reason: '' }],
      ['a blank reason', { reason: '   ' }],
      ['a reason of 501 characters', { reason: 'x'.repeat(501) }],
    ])('refuses %s with 400, changing nothing', async (_what, payload) => {
      const { id } = await issue()
      const response = await change(id, 'suspend', 'registrar', payload)
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' })
      expect((await testApp.osaamo.deps.stores.issuedCredentials.findById(id))?.state).toBe(
        'active',
      )
    })

    it('shows an issued credential to the organisation’s staff only', async () => {
      const { id } = await issue()
      const read = (role: string) =>
        testApp.app.inject({ method: 'GET', url: `/api/credentials/${id}`, headers: as(role) })
      const response = await read('designer')
      expect(response.statusCode).toBe(200)
      expect(response.json<CredentialBody>()).toMatchObject({
        id,
        state: 'active',
        verifiableCredential: { id: `urn:uuid:${id}`, proof: expect.any(Object) },
      })
      expect((await read('partner')).statusCode).toBe(404)
      expect(
        (await testApp.app.inject({ method: 'GET', url: `/api/credentials/${id}` })).statusCode,
      ).toBe(401)
    })
  })
}

describe('osaamo credentials show, revoke, suspend and reinstate', () => {
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
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-credentials-cli-'))
    stubEnvironment()
    expect((await osaamo('demo')).exitCode).toBe(0)
    const composition = await compose(readConfig())
    try {
      const kaarnala = await getOrganisation(composition.deps, 'kaarnala-open')
      credentialId = (
        await issueSignedCredential(composition.deps, {
          actor: system,
          organisationId: kaarnala.id,
          credential: unsignedCredential(),
          format: 'eddsa-rdfc-2022',
          withStatus: true,
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

  it('suspends and reinstates with a reason, by id or urn:uuid', async () => {
    const suspended = await osaamo('credentials', 'suspend', credentialId, '--reason', 'Checking')
    expect(suspended).toMatchObject({
      exitCode: 0,
      out: `The credential ${credentialId} is suspended.`,
    })
    const shown = await osaamo('credentials', 'show', credentialId)
    expect(shown.out).toMatch(new RegExp(`^${credentialId}: suspended, eddsa-rdfc-2022, issued `))
    expect(shown.out).toContain(': Checking')
    expect(shown.out).toMatch(
      /revocation: http:\/\/localhost:3000\/status-lists\/[0-9a-f-]{36} #\d+/,
    )
    const reinstated = await osaamo(
      'credentials',
      'reinstate',
      `urn:uuid:${credentialId}`,
      '--reason',
      'Cleared',
    )
    expect(reinstated.out).toBe(`The credential ${credentialId} is active.`)
  })

  it('refuses a change that does not fit with exit 1, and a missing reason with exit 2', async () => {
    const refused = await osaamo('credentials', 'reinstate', credentialId, '--reason', 'Again')
    expect(refused.exitCode).toBe(1)
    expect(refused.err).toContain('Only a suspended credential can be reinstated')
    expect((await osaamo('credentials', 'revoke', credentialId)).exitCode).toBe(2)
    const blank = await osaamo('credentials', 'revoke', credentialId, '--reason', ' ')
    expect(blank.exitCode).toBe(1)
    expect(blank.err).toContain('--reason: Write the reason in 1–500 characters.')
  })

  it('revokes for good and shows the record as JSON', async () => {
    expect(
      (await osaamo('credentials', 'revoke', credentialId, '--reason', 'Issued in error')).exitCode,
    ).toBe(0)
    const { exitCode, out } = await osaamo('credentials', 'show', credentialId, '--json')
    expect(exitCode).toBe(0)
    expect(JSON.parse(out)).toMatchObject({
      id: credentialId,
      state: 'revoked',
      statusReason: 'Issued in error',
      verifiableCredential: { id: `urn:uuid:${credentialId}` },
    })
    expect((await osaamo('audit', 'verify')).exitCode).toBe(0)
  })

  it('says when there is no such credential', async () => {
    const unknown = await osaamo('credentials', 'show', '00000000-0000-4000-8000-0000000000ff')
    expect(unknown.exitCode).toBe(1)
    expect(unknown.err).toContain('No such credential')
  })
})
