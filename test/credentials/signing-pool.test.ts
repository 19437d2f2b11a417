import { afterAll, describe, expect, it } from 'vitest'
import { toOpenBadgeCredential } from '../../src/core/index.js'
import {
  CredentialProcessingError,
  createCredentialSigner,
  createInProcessSigning,
  createSigningPool,
  generateEd25519Key,
  type JsonObject,
  type ProofOptions,
  toSigningKey,
} from '../../src/credentials/index.js'
import {
  demoSpecificationOwner,
  demoSpecifications,
} from '../../src/services/demo-specifications.js'
import { unsignedCredential } from '../support/credential-fixtures.js'
import { testCredentialInput } from '../support/open-badge-credential-input.js'

const key = generateEd25519Key()
const pool = createSigningPool({ size: 2 })
const inProcess = createInProcessSigning()
afterAll(() => pool.close())

const credentials: JsonObject[] = demoSpecifications.flatMap((demo) =>
  ['Sanni Laine', 'Åsa Ström 🎓', 'Ngọc Trần'].map((name) => {
    const input = testCredentialInput(demo.content, [demoSpecificationOwner, ...demo.jointWith])
    return toOpenBadgeCredential({ ...input, learner: { ...input.learner, name } })
  }),
)
const proofOptions = (cryptosuite: string): ProofOptions => ({
  type: 'DataIntegrityProof',
  cryptosuite,
  created: '2026-11-29T10:00:00Z',
  verificationMethod: `did:key:${key.publicKeyMultibase}#${key.publicKeyMultibase}`,
  proofPurpose: 'assertionMethod',
})

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('signing succeeded'),
    (error: unknown) => error,
  )
}

describe('the signing pool', () => {
  it.each(['eddsa-rdfc-2022', 'eddsa-jcs-2022'])(
    'signs byte for byte as the in-process signing does (%s)',
    async (cryptosuite) => {
      const requests = credentials.map((document) => ({
        document,
        options: proofOptions(cryptosuite),
        isSafeModeChecked: cryptosuite === 'eddsa-jcs-2022',
      }))
      const pooled = await Promise.all(requests.map((request) => pool.sign(request, key)))
      const expected: JsonObject[] = []
      for (const request of requests) {
        expected.push(await inProcess.sign(request, key))
      }
      expect(pooled.map((signed) => JSON.stringify(signed))).toEqual(
        expected.map((signed) => JSON.stringify(signed)),
      )
    },
  )

  it('fails with the in-process signing’s error, problem and message', async () => {
    const request = {
      document: unsignedCredential({ undefinedTerm: 'x' }),
      options: proofOptions('eddsa-rdfc-2022'),
      isSafeModeChecked: false,
    }
    const pooled = await errorOf(pool.sign(request, key))
    const expected = await errorOf(inProcess.sign(request, key))
    expect(pooled).toBeInstanceOf(CredentialProcessingError)
    expect(expected).toBeInstanceOf(CredentialProcessingError)
    const { problem, message } = expected as CredentialProcessingError
    expect(pooled).toMatchObject({ problem, message })
  })

  it('signs a batch on the pool in order, and fails it as a whole with the first failure in order', async () => {
    const signingKey = toSigningKey(key, `did:key:${key.publicKeyMultibase}`)
    const options = { cryptosuite: 'eddsa-rdfc-2022' as const, created: new Date() }
    const pooledSigner = createCredentialSigner(pool)
    const signed = await pooledSigner.addProofs(credentials, signingKey, options)
    expect(signed.map((credential) => credential.id)).toEqual(credentials.map(({ id }) => id))
    const expected = await createCredentialSigner().addProofs(credentials, signingKey, options)
    expect(signed).toEqual(expected)
    const broken = [
      credentials[0] ?? {},
      unsignedCredential({ firstUndefinedTerm: 'x' }),
      unsignedCredential({ secondUndefinedTerm: 'x' }),
    ]
    const error = await errorOf(pooledSigner.addProofs(broken, signingKey, options))
    expect(error).toMatchObject({ code: 'CREDENTIAL_INVALID' })
    expect((error as Error).message).toContain('firstUndefinedTerm')
  })

  it('fails the signings of a worker that dies with a clear error, and goes on with a new worker', async () => {
    const crashing = createSigningPool({
      size: 1,
      workerEntry: new URL('./fixtures/crashing-signing-worker.js', import.meta.url),
    })
    try {
      const request = {
        document: unsignedCredential(),
        options: proofOptions('eddsa-rdfc-2022'),
        isSafeModeChecked: false,
      }
      const error = await errorOf(crashing.sign(request, key))
      expect((error as Error).message).toMatch(/signing worker stopped .*exit code 70/)
      // The dead worker is replaced (by another crashing one here), not waited on forever.
      expect(((await errorOf(crashing.sign(request, key))) as Error).message).toContain(
        'exit code 70',
      )
    } finally {
      await crashing.close()
    }
  })

  it('refuses to sign once closed', async () => {
    const closed = createSigningPool({ size: 1 })
    await closed.close()
    const request = {
      document: unsignedCredential(),
      options: proofOptions('eddsa-rdfc-2022'),
      isSafeModeChecked: false,
    }
    expect(((await errorOf(closed.sign(request, key))) as Error).message).toBe(
      'The signing pool is closed.',
    )
  })
})
