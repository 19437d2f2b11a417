import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mail } from '../../src/core/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { completeSpecificationContent } from '../support/specification-content.js'
import { testDatabases } from '../support/test-databases.js'
import { openEventClient } from './workspace-event-client.js'

type WorkspaceBody = {
  side: string
  version: { id: string; content: { title: Record<string, string> } }
  participants: { personId: string; displayName: string }[]
  threads: {
    id: string
    versionId: string
    anchor: Record<string, string>
    text: string
    isAnchorPresent: boolean
    resolvedAt: string | null
    replies: { text: string; authorName: string }[]
  }[]
  suggestions: { id: string; state: string; decidedByName: string | null }[]
  present: { displayName: string }[]
}

describe.each(testDatabases)('the design workspace on the $name database', (database) => {
  let testApp: TestApp
  let designer: SignedIn
  let partner: SignedIn
  let admin: SignedIn
  let reviewer: SignedIn
  let learner: SignedIn
  let versionId: string
  let baseUrl: string

  const request = (
    who: SignedIn | undefined,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    payload?: unknown,
  ) =>
    testApp.app.inject({
      method,
      url: `/api/specification-versions/${versionId}${path}`,
      headers: who === undefined ? {} : asPerson(who),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    })
  const workspaceOf = async (who: SignedIn) =>
    (await request(who, 'GET', '/workspace')).json<WorkspaceBody>()
  const takeMails = async () => {
    const mails: Mail[] = []
    await testApp.osaamo.deps.stores.mailOutbox.claimUnsent(100, async (mail) => {
      mails.push(mail)
    })
    return mails
  }
  /** What bad input must leave alone: the workspace as the designer sees it, and the audit log. */
  const snapshot = async () => {
    // Who is present comes and goes with streams of earlier tests; it is no stored change.
    const { present: _present, ...workspace } = await workspaceOf(designer)
    return {
      workspace,
      auditLength: (await testApp.osaamo.deps.stores.audit.listAll()).length,
      mails: (await takeMails()).length,
    }
  }

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
    reviewer = await signIn(testApp.app, 'reviewer@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations/kaarnala-open/specifications',
      headers: asPerson(designer),
      payload: { content: completeSpecificationContent },
    })
    versionId = created.json<{ version: { id: string } }>().version.id
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await testApp?.close()
  })

  it('keeps a draft invisible to a partner until they are invited, then shows it to them', async () => {
    expect((await request(partner, 'GET', '/workspace')).json()).toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    })
    expect((await request(partner, 'GET', '/workspace')).statusCode).toBe(404)
    expect((await request(learner, 'GET', '/workspace')).statusCode).toBe(404)
    expect((await request(undefined, 'GET', '/workspace')).statusCode).toBe(401)
    const invited = await request(designer, 'POST', '/workspace/participants', {
      emailAddress: 'partner@demo.osaamo.fi',
      language: 'sv',
    })
    expect(invited.statusCode).toBe(201)
    expect(invited.json()).toMatchObject({ displayName: 'Mikael Heikkinen' })
    const mails = await takeMails()
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Inbjudan att utforma en mikromerit: Ohjelmoinnin perusteet Pythonilla',
    ])
    const seen = await workspaceOf(partner)
    expect(seen.side).toBe('partner')
    expect(seen.version.content.title.fi).toBe('Ohjelmoinnin perusteet Pythonilla')
    expect((await workspaceOf(reviewer)).side).toBe('staff')
    expect((await workspaceOf(admin)).side).toBe('designer')
    const mine = await testApp.app.inject({
      method: 'GET',
      url: '/api/me/workspaces',
      headers: asPerson(partner),
    })
    expect(mine.json<{ items: { versionId: string; side: string }[] }>().items).toEqual([
      expect.objectContaining({ versionId, side: 'partner', participantCount: 1 }),
    ])
  })

  it('shows two open streams each other’s presence, comments and replies live', async () => {
    const url = `${baseUrl}/api/specification-versions/${versionId}/workspace/events`
    const designerStream = await openEventClient(url, designer.cookie)
    const partnerStream = await openEventClient(url, partner.cookie)
    try {
      expect([designerStream.status, partnerStream.status]).toEqual([200, 200])
      const bothPresent = (event: { event: string; data: Record<string, unknown> }) =>
        event.event === 'presence' && (event.data.people as unknown[]).length === 2
      await designerStream.waitFor(bothPresent)
      expect(
        (await partnerStream.waitFor(bothPresent)).data.people as { displayName: string }[],
      ).toEqual([
        expect.objectContaining({ displayName: 'Eero Korhonen' }),
        expect.objectContaining({ displayName: 'Mikael Heikkinen' }),
      ])

      const commented = await request(partner, 'POST', '/workspace/comments', {
        anchor: { kind: 'field', field: 'title' },
        text: 'Could the title name test automation?',
      })
      expect(commented.statusCode).toBe(201)
      const commentId = commented.json<{ id: string }>().id
      await designerStream.waitFor(
        (event) => event.event === 'comment' && event.data.id === commentId,
      )

      const replied = await request(designer, 'POST', '/workspace/comments', {
        parentId: commentId,
        text: 'Good point, I will suggest one.',
      })
      expect(replied.statusCode).toBe(201)
      const replyId = replied.json<{ id: string }>().id
      await partnerStream.waitFor((event) => event.event === 'comment' && event.data.id === replyId)

      const seen = await workspaceOf(partner)
      expect(seen.present.map((person) => person.displayName)).toEqual([
        'Eero Korhonen',
        'Mikael Heikkinen',
      ])
      expect(seen.threads).toEqual([
        expect.objectContaining({
          id: commentId,
          anchor: { kind: 'field', field: 'title' },
          replies: [
            expect.objectContaining({
              text: 'Good point, I will suggest one.',
              authorName: 'Eero Korhonen',
            }),
          ],
        }),
      ])
      // The designer heard of the comment by mail, the partner of the reply.
      expect(
        (await takeMails()).map((mail) => [
          mail.recipient,
          mail.subject.startsWith('Uusi kommentti'),
        ]),
      ).toEqual([
        ['designer@demo.osaamo.fi', true],
        ['partner@demo.osaamo.fi', true],
      ])

      // The partner leaves; the designer sees it.
      partnerStream.close()
      await designerStream.waitFor(
        (event) =>
          event.event === 'presence' &&
          JSON.stringify(event.data.people) ===
            JSON.stringify([{ personId: designer.personId, displayName: 'Eero Korhonen' }]),
      )
    } finally {
      designerStream.close()
      partnerStream.close()
    }
  })

  it('lets a partner suggest an edit that only the designer accepts, into the draft', async () => {
    const url = `${baseUrl}/api/specification-versions/${versionId}/workspace/events`
    const partnerStream = await openEventClient(url, partner.cookie)
    try {
      const suggested = await request(partner, 'POST', '/workspace/suggestions', {
        anchor: { kind: 'field', field: 'title' },
        value: { en: 'Test automation with Python' },
        reason: 'Says what the work needs.',
      })
      expect(suggested.statusCode).toBe(201)
      const suggestionId = suggested.json<{ id: string }>().id
      expect(suggested.json()).toMatchObject({
        state: 'proposed',
        currentText: { en: 'Programming basics with Python' },
      })
      const accept = () => request(partner, 'POST', `/workspace/suggestions/${suggestionId}/accept`)
      expect((await accept()).statusCode).toBe(403)
      expect(
        (await request(reviewer, 'POST', `/workspace/suggestions/${suggestionId}/reject`))
          .statusCode,
      ).toBe(403)
      await takeMails()
      const accepted = await request(
        designer,
        'POST',
        `/workspace/suggestions/${suggestionId}/accept`,
      )
      expect(accepted.statusCode).toBe(200)
      expect(accepted.json()).toMatchObject({ state: 'accepted', decidedByName: 'Eero Korhonen' })
      await partnerStream.waitFor((event) => event.event === 'change')
      const version = await testApp.app.inject({
        method: 'GET',
        url: `/api/specification-versions/${versionId}`,
        headers: asPerson(designer),
      })
      // The languages suggested replace those; Finnish stays.
      expect(version.json<WorkspaceBody>().version.content.title).toEqual({
        fi: 'Ohjelmoinnin perusteet Pythonilla',
        en: 'Test automation with Python',
      })
      expect((await takeMails()).map((mail) => [mail.recipient, mail.subject])).toEqual([
        [
          'partner@demo.osaamo.fi',
          'Muutosehdotuksesi käsiteltiin: Ohjelmoinnin perusteet Pythonilla',
        ],
      ])
      const audit = await testApp.osaamo.deps.stores.audit.listAll()
      expect(audit.slice(-2).map((entry) => entry.action)).toEqual([
        'specification.draft-updated',
        'workspace.suggestion-accepted',
      ])
      const again = await request(designer, 'POST', `/workspace/suggestions/${suggestionId}/reject`)
      expect(again.statusCode).toBe(409)
      expect(again.json()).toMatchObject({ code: 'SUGGESTION_ALREADY_DECIDED' })
    } finally {
      partnerStream.close()
    }
  })

  it('refuses bad input with its code and changes nothing', async () => {
    const threadId = (await workspaceOf(designer)).threads[0]?.id
    const replyId = (
      await request(partner, 'POST', '/workspace/comments', { parentId: threadId, text: 'Thanks!' })
    ).json<{ id: string }>().id
    await takeMails()
    const before = await snapshot()
    const refusals = [
      [
        await request(partner, 'POST', '/workspace/comments', {
          anchor: { kind: 'field', field: 'colour' },
          text: 'Blue?',
        }),
        422,
        'COMMENT_ANCHOR_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', {
          anchor: { kind: 'learning-outcome', outcomeId: 'lo-404' },
          text: 'Which outcome?',
        }),
        422,
        'COMMENT_ANCHOR_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', { text: 'Nowhere' }),
        422,
        'COMMENT_ANCHOR_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', {
          anchor: { kind: 'field', field: 'title' },
          text: '   ',
        }),
        400,
        'COMMENT_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', {
          anchor: { kind: 'field', field: 'title' },
          text: 'x'.repeat(2001),
        }),
        400,
        'COMMENT_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', {
          parentId: replyId,
          text: 'Deeper',
        }),
        400,
        'COMMENT_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/comments', {
          parentId: '00000000-0000-4000-8000-999999999999',
          text: 'To nothing',
        }),
        404,
        'COMMENT_NOT_FOUND',
      ],
      [
        await request(partner, 'POST', '/workspace/suggestions', {
          anchor: { kind: 'field', field: 'ects' },
          value: { fi: '10' },
        }),
        400,
        'SUGGESTION_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/suggestions', {
          anchor: { kind: 'field', field: 'summary' },
          value: { de: 'Zusammenfassung', fi: '' },
        }),
        400,
        'SUGGESTION_INVALID',
      ],
      [
        await request(partner, 'POST', '/workspace/suggestions', {
          anchor: { kind: 'field', field: 'summary' },
          value: 'just text',
        }),
        400,
        'SUGGESTION_INVALID',
      ],
      [
        await request(
          partner,
          'POST',
          '/workspace/suggestions/00000000-0000-4000-8000-999999999999/reject',
        ),
        403,
        'PERMISSION_DENIED',
      ],
      [
        await request(
          designer,
          'POST',
          '/workspace/suggestions/00000000-0000-4000-8000-999999999999/reject',
        ),
        404,
        'SUGGESTION_NOT_FOUND',
      ],
      [
        await request(designer, 'POST', '/workspace/participants', {
          emailAddress: 'partner@demo.osaamo.fi',
        }),
        409,
        'WORKSPACE_PARTICIPANT_EXISTS',
      ],
      [
        await request(designer, 'POST', '/workspace/participants', {
          emailAddress: 'learner@demo.osaamo.fi',
        }),
        422,
        'WORKSPACE_INVITEE_NOT_PARTNER',
      ],
      [
        await request(partner, 'POST', '/workspace/participants', {
          emailAddress: 'partner@demo.osaamo.fi',
        }),
        403,
        'PERMISSION_DENIED',
      ],
      [
        await request(learner, 'POST', '/workspace/comments', {
          anchor: { kind: 'field', field: 'title' },
          text: 'Let me in',
        }),
        404,
        'WORKSPACE_NOT_FOUND',
      ],
      [await request(partner, 'POST', `/workspace/comments/${threadId}/resolve`), 200, undefined],
    ] as const
    // The partner started the thread, so they may resolve it: the one change above.
    const summary = refusals.map(([response]) => [response.statusCode, response.json().code])
    expect(summary).toEqual(refusals.map(([, status, code]) => [status, code]))
    const after = await snapshot()
    expect(after.workspace.threads[0]?.resolvedAt).not.toBeNull()
    expect({
      ...after.workspace,
      threads: after.workspace.threads.map((thread) => ({ ...thread, resolvedAt: null })),
    }).toEqual(before.workspace)
    expect(after.auditLength).toBe(before.auditLength + 1)
    expect(after.mails).toBe(0)
  })

  it('keeps a comment on a learning outcome removed later with the version it was made on', async () => {
    const commented = await request(partner, 'POST', '/workspace/comments', {
      anchor: { kind: 'learning-outcome', outcomeId: 'lo-1' },
      text: 'Add debugging to this outcome?',
    })
    expect(commented.statusCode).toBe(201)
    const suggested = await request(partner, 'POST', '/workspace/suggestions', {
      anchor: { kind: 'learning-outcome', outcomeId: 'lo-1' },
      value: { en: 'Can write, test and debug a small Python program.' },
    })
    expect(suggested.statusCode).toBe(201)
    // The designer replaces the outcome with another.
    const edited = await testApp.app.inject({
      method: 'PUT',
      url: `/api/specification-versions/${versionId}`,
      headers: asPerson(designer),
      payload: {
        content: {
          ...completeSpecificationContent,
          learningOutcomes: [{ ...completeSpecificationContent.learningOutcomes[0], id: 'lo-2' }],
        },
      },
    })
    expect(edited.statusCode).toBe(200)
    const seen = await workspaceOf(partner)
    expect(
      seen.threads.find((thread) => thread.id === commented.json<{ id: string }>().id),
    ).toMatchObject({
      versionId,
      anchor: { kind: 'learning-outcome', outcomeId: 'lo-1' },
      isAnchorPresent: false,
    })
    await takeMails()
    const before = await snapshot()
    const accept = await request(
      designer,
      'POST',
      `/workspace/suggestions/${suggested.json<{ id: string }>().id}/accept`,
    )
    expect([accept.statusCode, accept.json().code]).toEqual([409, 'SUGGESTION_ANCHOR_GONE'])
    // Nor can anyone comment on the outcome now.
    const late = await request(partner, 'POST', '/workspace/comments', {
      anchor: { kind: 'learning-outcome', outcomeId: 'lo-1' },
      text: 'Too late',
    })
    expect(late.statusCode).toBe(422)
    expect(await snapshot()).toEqual(before)
  })

  it('ends a removed partner’s stream and hides the draft from them again', async () => {
    const url = `${baseUrl}/api/specification-versions/${versionId}/workspace/events`
    const partnerStream = await openEventClient(url, partner.cookie)
    try {
      expect(partnerStream.status).toBe(200)
      const removed = await request(
        designer,
        'DELETE',
        `/workspace/participants/${partner.personId}`,
      )
      expect(removed.statusCode).toBe(204)
      await partnerStream.ended
      expect(partnerStream.events.at(-1)).toMatchObject({
        event: 'participants',
        data: { removedPersonId: partner.personId },
      })
      expect((await request(partner, 'GET', '/workspace')).statusCode).toBe(404)
      const again = await openEventClient(url, partner.cookie)
      expect(again.status).toBe(404)
      again.close()
      const twice = await request(designer, 'DELETE', `/workspace/participants/${partner.personId}`)
      expect([twice.statusCode, twice.json().code]).toEqual([
        404,
        'WORKSPACE_PARTICIPANT_NOT_FOUND',
      ])
    } finally {
      partnerStream.close()
    }
  })
})
