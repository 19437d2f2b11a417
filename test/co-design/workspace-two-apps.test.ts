import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/api/index.js'
import { type Composition, compose, createArgon2Hasher } from '../../src/compose.js'
import { emptySpecificationContent, system } from '../../src/core/index.js'
import {
  createSpecification,
  getOrganisation,
  inviteToWorkspace,
  loadDemoData,
} from '../../src/services/index.js'
import {
  fixedClock,
  testKeyEncryptionKey,
  testMailDelivery,
  testPublicUrl,
} from '../support/compose-for-test.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { serverDatabase, serverSkipReason } from '../support/test-databases.js'
import { openEventClient } from './workspace-event-client.js'

// Two Osaamo apps, each with its own composition (pool, event bus and LISTEN connection), on one
// PostgreSQL server database, as two processes behind a load balancer would be: a comment made
// through one reaches a stream opened on the other only through LISTEN/NOTIFY.
describe.skipIf(serverDatabase === undefined)(
  'a design workspace served by two Osaamo apps on one PostgreSQL server',
  () => {
    const apps: { osaamo: Composition; app: FastifyInstance; url: string }[] = []
    let drop: () => Promise<void>
    let versionId: string

    beforeAll(async () => {
      if (serverDatabase === undefined) {
        return
      }
      const database = await serverDatabase.create()
      drop = database.drop
      for (let index = 0; index < 2; index += 1) {
        const osaamo = await compose(
          {
            database: database.location,
            isDemo: true,
            publicUrl: testPublicUrl,
            mail: testMailDelivery,
            keyEncryptionKey: { kind: 'given', key: testKeyEncryptionKey },
          },
          {
            clock: fixedClock(),
            passwordHasher: createArgon2Hasher({ memoryCost: 1024, timeCost: 1 }),
          },
        )
        if (index === 0) {
          await loadDemoData(osaamo.deps)
        }
        const app = await buildApp(osaamo.deps, {
          publicUrl: testPublicUrl,
          version: '0.0.0-test',
          bodyLimitBytes: 64 * 1024,
          logLevel: 'silent',
        })
        const url = await app.listen({ port: 0, host: '127.0.0.1' })
        apps.push({ osaamo, app, url })
      }
      const deps = apps[0]?.osaamo.deps
      if (deps === undefined) {
        throw new Error('no first app')
      }
      const kaarnala = await getOrganisation(deps, 'kaarnala-open')
      versionId = (
        await createSpecification(deps, system, {
          organisationId: kaarnala.id,
          content: { ...emptySpecificationContent, title: { fi: 'Kahden palvelimen luonnos' } },
        })
      ).version.id
      await inviteToWorkspace(deps, system, { versionId, emailAddress: 'partner@demo.osaamo.fi' })
    }, 120_000)
    afterAll(async () => {
      for (const { app, osaamo } of apps) {
        await app.close()
        await osaamo.close()
      }
      await drop?.()
    })

    it('carries a comment made through one app to a stream open on the other, and presence both ways', async () => {
      const [first, second] = apps
      if (first === undefined || second === undefined) {
        throw new Error('two apps expected')
      }
      const designer: SignedIn = await signIn(first.app, 'designer@demo.osaamo.fi')
      const partner: SignedIn = await signIn(second.app, 'partner@demo.osaamo.fi')
      const path = `/api/specification-versions/${versionId}/workspace/events`
      const designerStream = await openEventClient(`${first.url}${path}`, designer.cookie)
      const partnerStream = await openEventClient(`${second.url}${path}`, partner.cookie)
      try {
        expect([designerStream.status, partnerStream.status]).toEqual([200, 200])
        const bothPresent = (event: { event: string; data: Record<string, unknown> }) =>
          event.event === 'presence' && (event.data.people as unknown[]).length === 2
        await designerStream.waitFor(bothPresent)

        // Made through the partner's app, heard on the designer's.
        const commented = await second.app.inject({
          method: 'POST',
          url: `/api/specification-versions/${versionId}/workspace/comments`,
          headers: asPerson(partner),
          payload: {
            anchor: { kind: 'field', field: 'title' },
            text: 'Terveisiä toiselta palvelimelta',
          },
        })
        expect(commented.statusCode).toBe(201)
        const commentId = commented.json<{ id: string }>().id
        await designerStream.waitFor(
          (event) => event.event === 'comment' && event.data.id === commentId,
        )

        // And the other way: the designer's edit through the first app reaches the partner.
        const edited = await first.app.inject({
          method: 'PUT',
          url: `/api/specification-versions/${versionId}`,
          headers: asPerson(designer),
          payload: { content: { title: { fi: 'Kahden palvelimen luonnos, muokattu' } } },
        })
        expect(edited.statusCode).toBe(200)
        await partnerStream.waitFor((event) => event.event === 'change')
        const read = await second.app.inject({
          method: 'GET',
          url: `/api/specification-versions/${versionId}/workspace`,
          headers: asPerson(partner),
        })
        expect(
          read.json<{ version: { content: { title: { fi: string } } } }>().version.content.title.fi,
        ).toBe('Kahden palvelimen luonnos, muokattu')

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
  },
)

if (serverDatabase === undefined) {
  describe('a design workspace served by two Osaamo apps on one PostgreSQL server', () => {
    it.skip(`is not run here: ${serverSkipReason}`, () => {})
  })
}
