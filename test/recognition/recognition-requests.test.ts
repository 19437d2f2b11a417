import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Mail, system } from '../../src/core/index.js'
import {
  createPerson,
  demoPassword,
  getOrganisation,
  grantRoles,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const skill = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`
const pythonSkill = skill('ccd0a1d9-afda-43d9-b901-96344886e14d')
const testingSkill = skill('913e7e83-b8f8-4574-b1ca-1b38f3fd974a')

/** Kaarnala's curriculum: one course the demo Python credential covers, one it does not. */
const curriculum = [
  'koodi,nimi,name_en,op,taso,osaamistavoitteet,esco',
  `TIE-101,Ohjelmoinnin perusteet,Introduction to programming,5,6,"Osaa kirjoittaa Python-ohjelmia, joissa käytetään silmukoita ja funktioita | Osaa testata ohjelmia ja korjata niiden virheet","${pythonSkill} | ${testingSkill}"`,
  'KEM-210,Orgaaninen kemia,Organic chemistry,10,6,Tuntee orgaanisten yhdisteiden reaktiot | Osaa turvallisen laboratoriotyöskentelyn,',
].join('\n')

type Reason = {
  code: string
  weight: number
  score: number | null
  contribution: number
  details: Record<string, unknown>
}
type CaseBody = {
  id: string
  state: string
  achievementName: string
  target: { id: string; code: string }
  proposal: { outcome: string; ectsGranted: number; totalScore: number; reasons: Reason[] }
  decision: null | { outcome: string; followsProposal: boolean; recordCredentialId: string }
  precedents: {
    isHere: boolean
    targetCode: string
    recognisedCount: number
    partialCount: number
    organisationName: Record<string, string>
  }[]
}

describe.each(testDatabases)('recognition requests on the $name database', (database) => {
  let testApp: TestApp
  let learner: SignedIn
  let registrar: SignedIn
  let otherRegistrar: SignedIn
  let credentialId: string
  let targetId: string
  let firstRequest: CaseBody

  beforeAll(async () => {
    testApp = await buildTestApp(database, { logLevel: 'error' }, { withDemoActivity: true })
    const { deps } = testApp.osaamo
    const pohjanranta = await getOrganisation(deps, 'pohjanranta-uas')
    const person = await createPerson(deps, system, {
      displayName: 'Pirjo Rekisteri',
      emailAddress: 'registrar@pohjanranta.example.fi',
      password: demoPassword,
    })
    await grantRoles(deps, system, {
      organisationId: pohjanranta.id,
      personId: person.id,
      roles: ['registrar'],
    })
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    otherRegistrar = await signIn(testApp.app, 'registrar@pohjanranta.example.fi')
    const address = await deps.stores.people.findEmailAddress('learner@demo.osaamo.fi')
    const [held] = await deps.stores.issuedCredentials.listForLearner(address?.personId ?? '')
    credentialId = held?.id ?? ''
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const inject = (as: SignedIn, method: 'GET' | 'POST', url: string, payload?: object | string) =>
    testApp.app.inject({
      method,
      url,
      headers: {
        ...asPerson(as),
        ...(typeof payload === 'string' ? { 'content-type': 'text/csv' } : {}),
      },
      ...(payload === undefined ? {} : { payload }),
    })
  const auditLength = async () => (await testApp.osaamo.deps.stores.audit.listAll()).length
  const myRequests = async () =>
    (await inject(learner, 'GET', '/api/me/recognition-requests')).json<{ items: CaseBody[] }>()
      .items
  const submit = (targetOf: string, credential = { kind: 'issued', id: credentialId }) =>
    inject(learner, 'POST', '/api/me/recognition-requests', { credential, targetId: targetOf })
  const sentMails = async () => {
    const mails: Mail[] = []
    await testApp.osaamo.deps.stores.mailOutbox.claimUnsent(100, async (mail) => {
      mails.push(mail)
    })
    return mails
  }

  it('refuses a curriculum with problems, listing every row’s, and saves nothing', async () => {
    const auditBefore = await auditLength()
    const response = await inject(
      registrar,
      'POST',
      '/api/organisations/kaarnala-open/recognition-targets/import',
      'code,name,ects,learning_outcomes\nA-1,,viisi,Osaa jotain\nA-1,Toinen,5,\n',
    )
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'RECOGNITION_IMPORT_INVALID' })
    const problems = response.json<{ details: { problems: { row: number; code: string }[] } }>()
      .details.problems
    expect(problems.map((problem) => [problem.row, problem.code])).toEqual([
      [2, 'name-missing'],
      [2, 'ects-invalid'],
      [3, 'outcomes-missing'],
    ])
    const listed = await inject(learner, 'GET', '/api/recognition-targets')
    expect(listed.json<{ items: unknown[] }>().items).toEqual([])
    expect(await auditLength()).toBe(auditBefore)
  })

  it('imports a curriculum as recognition targets; a learner cannot', async () => {
    expect(
      (
        await inject(
          learner,
          'POST',
          '/api/organisations/kaarnala-open/recognition-targets/import',
          curriculum,
        )
      ).statusCode,
    ).toBe(403)
    const response = await inject(
      registrar,
      'POST',
      '/api/organisations/kaarnala-open/recognition-targets/import',
      curriculum,
    )
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{ created: number; items: { id: string; code: string }[] }>()
    expect(body.created).toBe(2)
    targetId = body.items.find((item) => item.code === 'TIE-101')?.id ?? ''
    const listed = await inject(
      learner,
      'GET',
      '/api/recognition-targets?organisation=kaarnala-open',
    )
    expect(listed.json<{ items: { code: string }[] }>().items.map((item) => item.code)).toEqual([
      'KEM-210',
      'TIE-101',
    ])
  })

  it('answers a submitted credential with a proposal and every reason with its weight and matched words', async () => {
    const response = await submit(targetId)
    expect(response.statusCode, response.body).toBe(201)
    firstRequest = response.json<CaseBody>()
    expect(firstRequest.state).toBe('submitted')
    const { proposal } = firstRequest
    expect(proposal.reasons.map((reason) => [reason.code, reason.weight])).toEqual([
      ['learning-outcomes', 0.35],
      ['esco-skills', 0.2],
      ['ects', 0.15],
      ['eqf-level', 0.1],
      ['quality-assurance', 0.1],
      ['age', 0.1],
    ])
    const byCode = new Map(proposal.reasons.map((reason) => [reason.code, reason]))
    expect(byCode.get('esco-skills')?.score).toBe(1)
    expect(byCode.get('ects')?.score).toBe(1)
    expect(byCode.get('eqf-level')?.score).toBe(1)
    expect(byCode.get('quality-assurance')?.score).toBe(1)
    const pairs = byCode.get('learning-outcomes')?.details.bestPairs as {
      matchedWords: { stem: string; targetWords: string[]; credentialWords: string[] }[]
    }[]
    expect(pairs[0]?.matchedWords.map((word) => word.stem)).toEqual(
      expect.arrayContaining(['pytho', 'silmu', 'funkt']),
    )
    expect(proposal.outcome).toBe('full')
    expect(proposal.ectsGranted).toBe(5)
    expect(firstRequest.precedents).toEqual([])
  })

  it('refuses the same credential and target again while the first request is open', async () => {
    const auditBefore = await auditLength()
    const again = await submit(targetId)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({
      code: 'RECOGNITION_REQUEST_EXISTS',
      details: { requestId: firstRequest.id },
    })
    expect(await myRequests()).toHaveLength(1)
    expect(await auditLength()).toBe(auditBefore)
  })

  it('shows the queue to the organisation’s registrar, with the proposal, and to no one else', async () => {
    const queue = await inject(
      registrar,
      'GET',
      '/api/organisations/kaarnala-open/recognition-requests?state=submitted',
    )
    expect(queue.statusCode).toBe(200)
    expect(queue.json<{ items: CaseBody[] }>().items.map((item) => item.id)).toEqual([
      firstRequest.id,
    ])
    expect(
      (await inject(learner, 'GET', '/api/organisations/kaarnala-open/recognition-requests'))
        .statusCode,
    ).toBe(403)
    expect(
      (await inject(otherRegistrar, 'GET', `/api/recognition-requests/${firstRequest.id}`))
        .statusCode,
    ).toBe(404)
  })

  it('refuses a decision that differs from the proposal without a justification, changing nothing', async () => {
    const auditBefore = await auditLength()
    const response = await inject(
      registrar,
      'POST',
      `/api/recognition-requests/${firstRequest.id}/decision`,
      { outcome: 'partial', ectsGranted: 7 },
    )
    expect(response.statusCode).toBe(400)
    expect(
      response
        .json<{ code: string; details: { problems: { code: string }[] } }>()
        .details.problems.map((problem) => problem.code),
    ).toEqual(['ects-granted-invalid', 'justification-missing'])
    expect((await myRequests())[0]?.state).toBe('submitted')
    expect(await auditLength()).toBe(auditBefore)
  })

  it('takes a registrar’s decision that differs from the proposal, mails the learner and puts a signed record in the portfolio', async () => {
    await sentMails()
    const response = await inject(
      registrar,
      'POST',
      `/api/recognition-requests/${firstRequest.id}/decision`,
      {
        outcome: 'partial',
        ectsGranted: 3,
        justification: 'Testauksen osuus kattaa vain osan kurssin harjoitustyöstä.',
        isShared: true,
      },
    )
    expect(response.statusCode, response.body).toBe(201)
    const decision = response.json<{
      outcome: string
      followsProposal: boolean
      recordCredentialId: string
    }>()
    expect(decision).toMatchObject({ outcome: 'partial', followsProposal: false })
    const [mine] = await myRequests()
    expect(mine).toMatchObject({
      state: 'decided',
      decision: { outcome: 'partial', followsProposal: false },
      proposal: { outcome: 'full' },
    })
    const mails = await sentMails()
    expect(mails.map((mail) => mail.recipient)).toEqual(['learner@demo.osaamo.fi'])
    expect(mails[0]?.text).toContain('Testauksen osuus')
    const record = await testApp.osaamo.deps.stores.issuedCredentials.findById(
      decision.recordCredentialId,
    )
    expect(record?.credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { creditsEarned: 3, achievement: { humanCode: 'TIE-101' } },
    })
    const report = await testApp.osaamo.deps.credentialVerifier.verify(record?.credential ?? {})
    expect(report.verified, JSON.stringify(report.checks)).toBe(true)
    const portfolio = await inject(learner, 'GET', '/api/me/credentials')
    expect(portfolio.body).toContain(decision.recordCredentialId)
    const audit = await testApp.osaamo.deps.stores.audit.listAll()
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['recognition.requested', 'recognition.decided']),
    )
  })

  it('refuses to decide a decided request again', async () => {
    const response = await inject(
      registrar,
      'POST',
      `/api/recognition-requests/${firstRequest.id}/decision`,
      { outcome: 'full' },
    )
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'RECOGNITION_REQUEST_CLOSED' })
  })

  it('shows the decision as a precedent on the next request for the same specification, here and at an institution it was shared with', async () => {
    const next = await submit(targetId)
    expect(next.statusCode, next.body).toBe(201)
    expect(next.json<CaseBody>().precedents).toEqual([
      expect.objectContaining({
        isHere: true,
        targetCode: 'TIE-101',
        recognisedCount: 1,
        partialCount: 1,
      }),
    ])
    const created = await inject(
      otherRegistrar,
      'POST',
      '/api/organisations/pohjanranta-uas/recognition-targets',
      {
        code: 'OHJ-1',
        name: { fi: 'Ohjelmointi 1', en: 'Programming 1' },
        ects: 5,
        eqfLevel: 6,
        learningOutcomes: ['Osaa ohjelmoida Pythonilla'],
        skillUris: [pythonSkill],
      },
    )
    expect(created.statusCode, created.body).toBe(201)
    const elsewhere = await submit(created.json<{ id: string }>().id)
    expect(elsewhere.statusCode, elsewhere.body).toBe(201)
    const seen = await inject(
      otherRegistrar,
      'GET',
      `/api/recognition-requests/${elsewhere.json<CaseBody>().id}`,
    )
    expect(seen.json<CaseBody>().precedents).toEqual([
      expect.objectContaining({
        isHere: false,
        targetCode: 'TIE-101',
        recognisedCount: 1,
        organisationName: expect.objectContaining({ en: 'Kaarnala Open University' }),
      }),
    ])
  })

  it('refuses a credential that fails verification with the report, changing nothing', async () => {
    const tampered = await readFile(
      new URL('../fixtures/vectors/real-credentials/dcc-v2-tampered.json', import.meta.url),
      'utf8',
    )
    const imported = await inject(learner, 'POST', '/api/me/portfolio/imports', {
      credential: tampered,
      origin: 'paste',
    })
    expect(imported.statusCode, imported.body).toBe(201)
    const before = await myRequests()
    const auditBefore = await auditLength()
    const response = await submit(targetId, {
      kind: 'imported',
      id: imported.json<{ id: string }>().id,
    })
    expect(response.statusCode).toBe(422)
    const body = response.json<{
      code: string
      details: { report: { verified: boolean; checks: { outcome: string }[] } }
    }>()
    expect(body.code).toBe('RECOGNITION_CREDENTIAL_NOT_VERIFIED')
    expect(body.details.report.verified).toBe(false)
    expect(body.details.report.checks.some((check) => check.outcome === 'failed')).toBe(true)
    expect(await myRequests()).toEqual(before)
    expect(await auditLength()).toBe(auditBefore)
  })

  it('refuses a target with problems and a credential that is not the learner’s', async () => {
    const invalid = await inject(
      registrar,
      'POST',
      '/api/organisations/kaarnala-open/recognition-targets',
      { code: ' ', name: {}, ects: 0, eqfLevel: 9, learningOutcomes: [], skillUris: ['x'] },
    )
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json()).toMatchObject({ code: 'RECOGNITION_TARGET_INVALID' })
    const taken = await inject(
      registrar,
      'POST',
      '/api/organisations/kaarnala-open/recognition-targets',
      { code: 'TIE-101', name: 'Toinen', ects: 5, learningOutcomes: ['Osaa'] },
    )
    expect(taken.statusCode).toBe(409)
    const notMine = await submit(targetId, {
      kind: 'issued',
      id: '00000000-0000-4000-8000-000000000000',
    })
    expect(notMine.statusCode).toBe(404)
  })

  it('lets the learner withdraw an open request, once', async () => {
    const open = (await myRequests()).find((item) => item.state === 'submitted')
    const url = `/api/me/recognition-requests/${open?.id}/withdraw`
    expect((await inject(learner, 'POST', url)).statusCode).toBe(204)
    expect((await inject(learner, 'POST', url)).statusCode).toBe(409)
  })
})
