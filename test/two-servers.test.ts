import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPassword } from '../src/services/index.js'
import { testKeyEncryptionKeyBase64 } from './support/compose-for-test.js'
import { type RunningServer, startServer } from './support/run-osaamo.js'
import { serverDatabase, serverSkipReason } from './support/test-databases.js'

// Osaamo keeps no state in its processes, so an institution can run several against one
// PostgreSQL server. Two real `osaamo serve` processes start together on one empty database.
describe.skipIf(serverDatabase === undefined)(
  'two Osaamo processes on one PostgreSQL server',
  () => {
    let drop: () => Promise<void>
    let servers: RunningServer[] = []
    beforeAll(async () => {
      if (serverDatabase === undefined) {
        return
      }
      const database = await serverDatabase.create()
      drop = database.drop
      if (database.location.kind !== 'server') {
        throw new TypeError('the server test database must be a server')
      }
      const env = {
        DATABASE_URL: database.location.url,
        OSAAMO_DEMO: 'true',
        DATABASE_POOL_SIZE: '3',
        OSAAMO_KEY_ENCRYPTION_KEY: testKeyEncryptionKeyBase64,
      }
      // Started at the same moment: both migrate and both try to load the demo data.
      servers = await Promise.all([startServer(env), startServer(env)])
    }, 90_000)
    afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()))
      await drop?.()
    })

    it('both answer /healthz on the server database', async () => {
      for (const server of servers) {
        const health = await (await fetch(`${server.url}/healthz`)).json()
        expect(health).toEqual({ status: 'ok', database: { kind: 'server', isReachable: true } })
      }
    })

    it('load the demo data exactly once between them', async () => {
      const loaded = servers.filter((server) =>
        server.output.join('').includes('Loaded the demo data'),
      )
      expect(loaded).toHaveLength(1)
    })

    it('share sessions: signed in through one, the person is known to the other', async () => {
      const [first, second] = servers
      const signIn = await fetch(`${first?.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ emailAddress: 'learner@demo.osaamo.fi', password: demoPassword }),
      })
      expect(signIn.status).toBe(200)
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const { csrfToken } = (await signIn.json()) as { csrfToken: string }
      const me = await fetch(`${second?.url}/api/me`, { headers: { cookie } })
      expect(((await me.json()) as { person: { displayName: string } }).person.displayName).toBe(
        'Sanni Laine',
      )
      const signOut = await fetch(`${second?.url}/api/auth/sign-out`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
      })
      expect(signOut.status).toBe(204)
      expect((await fetch(`${first?.url}/api/me`, { headers: { cookie } })).status).toBe(401)
    })

    it('serve the same stored data from either process', async () => {
      const [first, second] = await Promise.all(
        servers.map(async (server) => (await fetch(`${server.url}/api/organisations`)).json()),
      )
      expect((first as { items: unknown[] }).items).toHaveLength(3)
      expect(second).toEqual(first)
    })
  },
)

if (serverDatabase === undefined) {
  describe('two Osaamo processes on one PostgreSQL server', () => {
    it.skip(`is not run here: ${serverSkipReason}`, () => {})
  })
}
