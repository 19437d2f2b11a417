import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentFingerprint, emptySpecificationContent, system } from '../../src/core/index.js'
import {
  createApiToken,
  createPerson,
  createSpecification,
  demoPassword,
  getOrganisation,
  grantRoles,
  inviteToWorkspace,
} from '../../src/services/index.js'
import { seedClosedCohort } from '../issuing/seed-cohort.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

type Caller =
  | 'anonymous'
  | 'learner'
  | 'admin'
  | 'designer'
  | 'qa-reviewer'
  | 'assessor'
  | 'registrar'
  | 'partner'
  | 'admin of another organisation'
  | 'admin API token'
  | 'registrar API token'
  | 'admin API token of another organisation'

const callers: readonly Caller[] = [
  'anonymous',
  'learner',
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
  'partner',
  'admin of another organisation',
  'admin API token',
  'registrar API token',
  'admin API token of another organisation',
]

type Route = {
  readonly name: string
  readonly request: (ids: Ids) => {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE'
    url: string
    payload?: object
  }
  /** Who gets the success status; everyone else gets 401 (anonymous) or 403. */
  readonly allowed: readonly Caller[] | 'everyone'
  readonly success: number
  /** Denied callers who are told "not found" instead (a draft's workspace hides the draft). */
  readonly hiddenAs?: { readonly code: string; readonly from: readonly Caller[] }
}

type Ids = {
  readonly bystanderId: string
  readonly throwawayTokenId: string
  readonly closedOfferingId: string
  /** A published version the demo partner is invited to sign off, and its content's fingerprint. */
  readonly signOffVersionId: string
  readonly signOffFingerprint: string
  /** A draft whose design workspace the demo partner is invited to, and one they are not. */
  readonly workspaceVersionId: string
  readonly uninvitedWorkspaceVersionId: string
  /** A partner person to invite into the workspace, another on each call. */
  readonly nextWorkspaceInvitee: () => string
}

const kaarnalaAdmins: readonly Caller[] = ['admin', 'admin API token']
/** The one ESCO skill the matrix's app knows (it loads no ESCO dataset). */
const pythonSkillUri = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'
const people: readonly Caller[] = [
  'learner',
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
  'partner',
  'admin of another organisation',
]

/** The owning organisation's staff, who see its drafts' workspaces. */
const workspaceStaff: readonly Caller[] = [
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
]
/** Those to whom a draft's workspace does not exist. */
const workspaceOutsiders: readonly Caller[] = [
  'learner',
  'admin of another organisation',
  'admin API token of another organisation',
]

/** Every identity and administration route of the API, and a few of issuing, and who may use them. */
/** Recognition targets made by the role matrix so far: each gets a code of its own. */
let recognitionTargetCount = 0

const routes: readonly Route[] = [
  {
    name: 'list organisations',
    request: () => ({ method: 'GET', url: '/api/organisations' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'health',
    request: () => ({ method: 'GET', url: '/healthz' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'my account',
    request: () => ({ method: 'GET', url: '/api/me' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'my data export',
    request: () => ({ method: 'GET', url: '/api/me/export' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list my shares (portfolio)',
    request: () => ({ method: 'GET', url: '/api/me/portfolio/shares' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list my counsellor invitations (reflections)',
    request: () => ({ method: 'GET', url: '/api/me/portfolio/counsellors' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list the reflections I counsel on',
    request: () => ({ method: 'GET', url: '/api/me/counselling' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'plan my study path',
    request: () => ({
      method: 'POST',
      url: '/api/me/study-paths/plan',
      payload: {
        goal: { kind: 'skills', skillUris: [pythonSkillUri] },
        objective: 'least-ects',
      },
    }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list members',
    request: () => ({ method: 'GET', url: '/api/organisations/kaarnala-open/members' }),
    allowed: kaarnalaAdmins,
    success: 200,
  },
  {
    name: 'set roles',
    request: (ids) => ({
      method: 'PUT',
      url: `/api/organisations/kaarnala-open/members/${ids.bystanderId}`,
      payload: { roles: [] },
    }),
    allowed: kaarnalaAdmins,
    success: 200,
  },
  {
    name: 'list API tokens',
    request: () => ({ method: 'GET', url: '/api/organisations/kaarnala-open/api-tokens' }),
    allowed: kaarnalaAdmins,
    success: 200,
  },
  {
    name: 'create an API token',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/api-tokens',
      payload: { name: 'Sisu integration', roles: ['registrar'] },
    }),
    allowed: kaarnalaAdmins,
    success: 201,
  },
  {
    name: 'revoke an API token',
    request: (ids) => ({
      method: 'DELETE',
      url: `/api/organisations/kaarnala-open/api-tokens/${ids.throwawayTokenId}`,
    }),
    allowed: kaarnalaAdmins,
    success: 200,
  },
  {
    name: 'list the organisation’s specifications',
    request: () => ({ method: 'GET', url: '/api/organisations/kaarnala-open/specifications' }),
    allowed: [
      'admin',
      'designer',
      'qa-reviewer',
      'assessor',
      'registrar',
      'admin API token',
      'registrar API token',
    ],
    success: 200,
  },
  {
    name: 'draft a specification',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/specifications',
      payload: { content: { title: { fi: 'Luonnos' } } },
    }),
    allowed: ['designer'],
    success: 201,
  },
  {
    name: 'search the catalogue',
    request: () => ({ method: 'GET', url: '/api/catalogue?q=python' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'read the audit log',
    request: () => ({ method: 'GET', url: '/api/organisations/kaarnala-open/audit' }),
    allowed: kaarnalaAdmins,
    success: 200,
  },
  {
    name: 'list an offering’s issuing runs',
    request: ({ closedOfferingId }) => ({
      method: 'GET',
      url: `/api/offerings/${closedOfferingId}/issuing-runs`,
    }),
    allowed: ['admin', 'registrar', 'admin API token', 'registrar API token'],
    success: 200,
  },
  {
    name: 'list a published version’s endorsements',
    request: ({ signOffVersionId }) => ({
      method: 'GET',
      url: `/api/specification-versions/${signOffVersionId}/endorsements`,
    }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'sign off a version (endorsement)',
    request: ({ signOffVersionId, signOffFingerprint }) => ({
      method: 'POST',
      url: `/api/specification-versions/${signOffVersionId}/sign-offs`,
      payload: { contentFingerprint: signOffFingerprint, comment: 'Hyvä kokonaisuus' },
    }),
    // A partner of a partner organisation invited to the version's workspace; one sign-off each.
    allowed: ['partner'],
    success: 201,
  },
  {
    name: 'post a competence need',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/revontuli-software/competence-needs',
      payload: {
        title: 'Python developers',
        skillUris: [pythonSkillUri],
        peopleCount: 3,
        region: 'Pirkanmaa',
        startsOn: '2027-01-01',
        endsOn: '2027-06-30',
        visibility: 'institutions',
      },
    }),
    allowed: ['partner'],
    success: 201,
  },
  {
    name: 'list open competence needs',
    request: () => ({ method: 'GET', url: '/api/competence-needs' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'suggest ESCO skills for a competence need written as free text',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/revontuli-software/competence-needs/suggest-skills',
      payload: { text: 'Developers who write Python programs', language: 'en' },
    }),
    allowed: ['partner'],
    success: 200,
  },
  {
    name: 'list the skill suggestions a partner organisation rejected',
    request: () => ({
      method: 'GET',
      url: '/api/organisations/revontuli-software/skill-suggestion-rejections',
    }),
    allowed: ['partner'],
    success: 200,
  },
  {
    name: 'reject a suggested skill for a partner organisation',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/revontuli-software/skill-suggestion-rejections',
      payload: { skillUri: pythonSkillUri },
    }),
    allowed: ['partner'],
    success: 200,
  },
  {
    name: 'read the co-design insight (demand against supply)',
    request: () => ({ method: 'GET', url: '/api/co-design/insight' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'read a draft’s design workspace (the partner is invited)',
    request: ({ workspaceVersionId }) => ({
      method: 'GET',
      url: `/api/specification-versions/${workspaceVersionId}/workspace`,
    }),
    allowed: [...workspaceStaff, 'partner', 'admin API token', 'registrar API token'],
    success: 200,
    hiddenAs: { code: 'WORKSPACE_NOT_FOUND', from: workspaceOutsiders },
  },
  {
    name: 'read the design workspace of a draft the partner is not invited to',
    request: ({ uninvitedWorkspaceVersionId }) => ({
      method: 'GET',
      url: `/api/specification-versions/${uninvitedWorkspaceVersionId}/workspace`,
    }),
    allowed: [...workspaceStaff, 'admin API token', 'registrar API token'],
    success: 200,
    hiddenAs: { code: 'WORKSPACE_NOT_FOUND', from: [...workspaceOutsiders, 'partner'] },
  },
  {
    name: 'read a draft the partner is not invited to (workspace)',
    request: ({ uninvitedWorkspaceVersionId }) => ({
      method: 'GET',
      url: `/api/specification-versions/${uninvitedWorkspaceVersionId}`,
    }),
    allowed: [...workspaceStaff, 'admin API token', 'registrar API token'],
    success: 200,
    hiddenAs: {
      code: 'SPECIFICATION_VERSION_NOT_FOUND',
      from: [...workspaceOutsiders, 'partner', 'anonymous'],
    },
  },
  {
    name: 'invite a partner person into a draft’s workspace',
    request: ({ workspaceVersionId, nextWorkspaceInvitee }) => ({
      method: 'POST',
      url: `/api/specification-versions/${workspaceVersionId}/workspace/participants`,
      payload: { emailAddress: nextWorkspaceInvitee() },
    }),
    allowed: ['admin', 'designer', 'admin API token'],
    success: 201,
    hiddenAs: { code: 'WORKSPACE_NOT_FOUND', from: workspaceOutsiders },
  },
  {
    name: 'comment in a draft’s workspace (people only)',
    request: ({ workspaceVersionId }) => ({
      method: 'POST',
      url: `/api/specification-versions/${workspaceVersionId}/workspace/comments`,
      payload: { anchor: { kind: 'field', field: 'title' }, text: 'Hyvä otsikko' },
    }),
    allowed: [...workspaceStaff, 'partner'],
    success: 201,
    hiddenAs: { code: 'WORKSPACE_NOT_FOUND', from: ['learner', 'admin of another organisation'] },
  },
  {
    name: 'list my design workspaces',
    request: () => ({ method: 'GET', url: '/api/me/workspaces' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list recognition targets',
    request: () => ({ method: 'GET', url: '/api/recognition-targets' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'describe a recognition target (registrars and admins)',
    request: () => ({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/recognition-targets',
      // Each caller a new code: a code is the organisation's once.
      payload: {
        code: `RECOGNITION-${++recognitionTargetCount}`,
        name: { fi: 'Tietokannat' },
        ects: 5,
        learningOutcomes: ['Osaa suunnitella relaatiotietokannan'],
      },
    }),
    allowed: ['admin', 'registrar', 'admin API token', 'registrar API token'],
    success: 201,
  },
  {
    name: 'read the recognition queue (registrars and admins)',
    request: () => ({
      method: 'GET',
      url: '/api/organisations/kaarnala-open/recognition-requests',
    }),
    allowed: ['admin', 'registrar', 'admin API token', 'registrar API token'],
    success: 200,
  },
  {
    name: 'list my recognition requests',
    request: () => ({ method: 'GET', url: '/api/me/recognition-requests' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list my credentials',
    request: () => ({ method: 'GET', url: '/api/me/credentials' }),
    allowed: people,
    success: 200,
  },
  {
    name: 'list published stacks',
    request: () => ({ method: 'GET', url: '/api/stacks' }),
    allowed: 'everyone',
    success: 200,
  },
  {
    name: 'list an organisation’s stacks, drafts too (stack designers and admins)',
    request: () => ({ method: 'GET', url: '/api/organisations/kaarnala-open/stacks' }),
    allowed: ['admin', 'designer', 'admin API token'],
    success: 200,
  },
  {
    name: 'my progress towards every stack',
    request: () => ({ method: 'GET', url: '/api/me/stacks' }),
    allowed: people,
    success: 200,
  },
]

describe.each(testDatabases)('the role matrix on the $name database', (database) => {
  let testApp: TestApp
  let ids: Ids
  const headers = new Map<Caller, Record<string, string>>()

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    const { app, osaamo } = testApp
    const kaarnala = await getOrganisation(osaamo.deps, 'kaarnala-open')
    const pohjanranta = await getOrganisation(osaamo.deps, 'pohjanranta-uas')
    const otherAdmin = await createPerson(osaamo.deps, system, {
      displayName: 'Toinen Ylläpitäjä',
      emailAddress: 'admin@pohjanranta.example.fi',
      password: demoPassword,
    })
    await grantRoles(osaamo.deps, system, {
      organisationId: pohjanranta.id,
      personId: otherAdmin.id,
      roles: ['admin'],
    })
    const bystander = await createPerson(osaamo.deps, system, {
      displayName: 'Sivullinen',
      emailAddress: 'bystander@example.fi',
    })
    const throwaway = await createApiToken(osaamo.deps, system, {
      organisationId: kaarnala.id,
      name: 'old',
      roles: ['assessor'],
    })
    const cohort = await seedClosedCohort(osaamo.deps, { learners: 1, label: 'matrix' })
    await osaamo.deps.stores.esco.insertSkills([
      {
        uri: pythonSkillUri,
        type: 'knowledge',
        reuseLevel: undefined,
        preferredLabel: 'Python (computer programming)',
        alternativeLabels: [],
        description: undefined,
        status: 'released',
      },
    ])
    // The demo partner is invited to a published version's workspace, to sign it off (endorsement).
    const signOffVersion = (
      await osaamo.deps.stores.specifications.listLatestForOrganisation(kaarnala.id)
    ).find((version) => version.status === 'published')
    const partnerAddress =
      await osaamo.deps.stores.people.findEmailAddress('partner@demo.osaamo.fi')
    if (signOffVersion === undefined || partnerAddress === undefined) {
      throw new Error('the demo data lacks a published version or the partner (sign-off)')
    }
    await osaamo.deps.stores.workspaceParticipants.add({
      versionId: signOffVersion.id,
      personId: partnerAddress.personId,
      organisationId: (await getOrganisation(osaamo.deps, 'revontuli-software')).id,
      invitedBy: undefined,
      invitedAt: new Date('2026-11-27T10:00:00Z'),
    })
    // Two drafts; the demo partner is invited into the first one's workspace only.
    const newWorkspaceDraft = async (title: string) =>
      (
        await createSpecification(osaamo.deps, system, {
          organisationId: kaarnala.id,
          content: { ...emptySpecificationContent, title: { fi: title } },
        })
      ).version.id
    const workspaceVersionId = await newWorkspaceDraft('Yhteinen luonnos')
    const uninvitedWorkspaceVersionId = await newWorkspaceDraft('Oma luonnos')
    await inviteToWorkspace(osaamo.deps, system, {
      versionId: workspaceVersionId,
      emailAddress: 'partner@demo.osaamo.fi',
    })
    const revontuli = await getOrganisation(osaamo.deps, 'revontuli-software')
    const workspaceInvitees: string[] = []
    for (const [index] of callers.entries()) {
      const invitee = await createPerson(osaamo.deps, system, {
        displayName: `Kutsuttava ${index}`,
        emailAddress: `invitee-${index}@revontuli.example.fi`,
      })
      await grantRoles(osaamo.deps, system, {
        organisationId: revontuli.id,
        personId: invitee.id,
        roles: ['partner'],
      })
      workspaceInvitees.push(`invitee-${index}@revontuli.example.fi`)
    }
    ids = {
      workspaceVersionId,
      uninvitedWorkspaceVersionId,
      nextWorkspaceInvitee: () => workspaceInvitees.shift() ?? 'no-more@revontuli.example.fi',
      bystanderId: bystander.id,
      throwawayTokenId: throwaway.token.id,
      closedOfferingId: cohort.offeringId,
      signOffVersionId: signOffVersion.id,
      signOffFingerprint: contentFingerprint(signOffVersion.content, osaamo.deps.secrets.sha256Hex),
    }

    const bearer = async (organisationId: string, roles: string[]) => {
      const { secret } = await createApiToken(osaamo.deps, system, {
        organisationId,
        name: roles.join(' '),
        roles,
      })
      return { authorization: `Bearer ${secret}` }
    }
    headers.set('anonymous', {})
    for (const [caller, email] of [
      ['learner', 'learner@demo.osaamo.fi'],
      ['admin', 'admin@demo.osaamo.fi'],
      ['designer', 'designer@demo.osaamo.fi'],
      ['qa-reviewer', 'reviewer@demo.osaamo.fi'],
      ['assessor', 'assessor@demo.osaamo.fi'],
      ['registrar', 'registrar@demo.osaamo.fi'],
      ['partner', 'partner@demo.osaamo.fi'],
      ['admin of another organisation', 'admin@pohjanranta.example.fi'],
    ] as const) {
      headers.set(caller, asPerson(await signIn(app, email)))
    }
    headers.set('admin API token', await bearer(kaarnala.id, ['admin']))
    headers.set('registrar API token', await bearer(kaarnala.id, ['registrar']))
    headers.set('admin API token of another organisation', await bearer(pohjanranta.id, ['admin']))
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const cases = routes.flatMap((route) => callers.map((caller) => ({ route, caller })))

  it.each(cases)('$route.name as $caller', async ({ route, caller }) => {
    const isAllowed = route.allowed === 'everyone' || route.allowed.includes(caller)
    // A draft's workspace answers 404 to those it is hidden from, so its id reveals nothing.
    const isHidden = !isAllowed && route.hiddenAs?.from.includes(caller) === true
    const expected = isAllowed ? route.success : isHidden ? 404 : caller === 'anonymous' ? 401 : 403
    const auditBefore = (await testApp.osaamo.deps.stores.audit.listAll()).length
    const response = await testApp.app.inject({
      ...route.request(ids),
      headers: headers.get(caller) ?? {},
    })
    expect(response.statusCode, response.body).toBe(expected)
    if (!isAllowed) {
      expect(response.json()).toMatchObject({
        // Hidden workspace drafts have their own not-found code.
        code: isHidden
          ? route.hiddenAs?.code
          : expected === 401
            ? 'AUTHENTICATION_REQUIRED'
            : 'PERMISSION_DENIED',
      })
      // A denied request changes nothing, so it leaves no audit entry either.
      expect((await testApp.osaamo.deps.stores.audit.listAll()).length).toBe(auditBefore)
    }
  })
})
