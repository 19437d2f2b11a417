import { describe, expect, it } from 'vitest'
import { createCredentialSigner } from './credential-signer.js'
import { verifyProofWithKey } from './data-integrity.js'
import { createDocumentLoader } from './document-loader.js'
import { createKeyVault } from './key-vault.js'
import { keyFromMultikey } from './multikey.js'

const kek = new Uint8Array(32).fill(7)
const otherKek = new Uint8Array(32).fill(8)
const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential'],
  issuer: 'did:example:issuer',
  credentialSubject: { id: 'did:example:learner' },
}

function stored(generated: { publicKeyMultibase: string; sealedSecret: string }) {
  return { ...generated, verificationMethod: `did:example:issuer#${generated.publicKeyMultibase}` }
}

describe('the key vault', () => {
  it('makes an Ed25519 key whose opened secret signs what its public key verifies', async () => {
    const vault = createKeyVault(kek)
    const generated = vault.generate()
    expect(generated.publicKeyMultibase).toMatch(/^z6Mk/)
    const signed = await createCredentialSigner().addProof(
      credential,
      vault.open(stored(generated)),
      {
        cryptosuite: 'eddsa-rdfc-2022',
        created: new Date('2026-11-28T10:00:00Z'),
      },
    )
    const publicKey = keyFromMultikey({
      type: 'Multikey',
      publicKeyMultibase: generated.publicKeyMultibase,
    })
    expect(
      await verifyProofWithKey(
        signed,
        signed.proof as Record<string, unknown>,
        publicKey,
        createDocumentLoader(),
      ),
    ).toBe(true)
  })

  it('seals in the v1 format with a fresh nonce each time, never the seed in clear', () => {
    const vault = createKeyVault(kek)
    const first = vault.generate()
    const second = vault.generate()
    const [version, nonce, ciphertext, tag] = first.sealedSecret.split('.')
    expect(version).toBe('v1')
    expect(Buffer.from(nonce ?? '', 'base64url')).toHaveLength(12)
    expect(Buffer.from(ciphertext ?? '', 'base64url')).toHaveLength(32)
    expect(Buffer.from(tag ?? '', 'base64url')).toHaveLength(16)
    expect(second.sealedSecret.split('.')[1]).not.toBe(nonce)
    expect(first.sealedSecret).not.toContain(first.publicKeyMultibase)
  })

  it('opens the same key twice to the same public key', () => {
    const vault = createKeyVault(kek)
    const generated = vault.generate()
    expect(vault.open(stored(generated)).publicKeyMultibase).toBe(generated.publicKeyMultibase)
    expect(createKeyVault(kek).open(stored(generated)).verificationMethod).toBe(
      `did:example:issuer#${generated.publicKeyMultibase}`,
    )
  })

  it('refuses to open a seal with another key-encryption key', () => {
    const generated = createKeyVault(kek).generate()
    expect(() => createKeyVault(otherKek).open(stored(generated))).toThrow(
      expect.objectContaining({ code: 'SIGNING_KEY_UNREADABLE' }),
    )
  })

  it('refuses a seal whose ciphertext, tag or nonce was altered', () => {
    const vault = createKeyVault(kek)
    const generated = vault.generate()
    const parts = generated.sealedSecret.split('.')
    for (const position of [1, 2, 3]) {
      const bytes = Buffer.from(parts[position] ?? '', 'base64url')
      bytes[0] = (bytes[0] ?? 0) ^ 1
      const altered = parts.map((part, index) =>
        index === position ? bytes.toString('base64url') : part,
      )
      expect(() => vault.open(stored({ ...generated, sealedSecret: altered.join('.') }))).toThrow(
        expect.objectContaining({ code: 'SIGNING_KEY_UNREADABLE' }),
      )
    }
  })

  it('refuses a seal moved to another key (the public key is authenticated data)', () => {
    const vault = createKeyVault(kek)
    const first = vault.generate()
    const second = vault.generate()
    expect(() =>
      vault.open(
        stored({ publicKeyMultibase: second.publicKeyMultibase, sealedSecret: first.sealedSecret }),
      ),
    ).toThrow(expect.objectContaining({ code: 'SIGNING_KEY_UNREADABLE' }))
  })

  it('refuses a seal in an unknown format', () => {
    const vault = createKeyVault(kek)
    const generated = vault.generate()
    for (const sealedSecret of [
      '',
      'v2.a.b.c',
      generated.sealedSecret.replace(/^v1/, 'v0'),
      'v1.x.y',
    ]) {
      expect(() => vault.open(stored({ ...generated, sealedSecret }))).toThrow(
        expect.objectContaining({ code: 'SIGNING_KEY_UNREADABLE' }),
      )
    }
  })

  it('needs a 32-byte key-encryption key', () => {
    expect(() => createKeyVault(new Uint8Array(16))).toThrow(TypeError)
  })
})
