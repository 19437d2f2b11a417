import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/core/index.js'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  type EddsaCryptosuite,
  generateEd25519Key,
} from '../../src/credentials/index.js'
import { checkOf, createOfflineVerifier, readVector } from '../support/offline-verifier.js'

// Tamper detection: sign an Open Badge with a fresh did:key, change any one signed value (a
// string, a number, a date, or add or remove a property anywhere outside the proof), and the
// verifier must refuse it, with the proof check not ok. Nothing is reordered: order is not data.

type Path = readonly (string | number)[]

const verifier = createOfflineVerifier()

async function signedBadge(cryptosuite: EddsaCryptosuite): Promise<JsonObject> {
  const key = generateEd25519Key()
  const did = `did:key:${key.publicKeyMultibase}`
  const { proof: _proof, ...badge } = readVector('real-credentials/obspec-ob3-ldp-testvector.json')
  const subject = badge.credentialSubject as JsonObject
  const unsigned = {
    ...badge,
    issuer: { ...(badge.issuer as JsonObject), id: did },
    validFrom: '2026-01-01T00:00:00Z',
    awardedDate: '2026-01-01T00:00:00Z',
    credentialSubject: { ...subject, creditsEarned: 5 },
  }
  return addDataIntegrityProof(
    unsigned,
    key,
    {
      type: 'DataIntegrityProof',
      cryptosuite,
      created: '2026-01-01T00:00:00Z',
      verificationMethod: `${did}#${key.publicKeyMultibase}`,
      proofPurpose: 'assertionMethod',
    },
    createDocumentLoader(),
  )
}

/** Every value's path outside the proof, objects and arrays included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) {
    return [path]
  }
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value).filter(([key]) => !(path.length === 0 && key === 'proof'))
  return [path, ...entries.flatMap(([key, item]) => pathsOf(item, [...path, key]))]
}

function getAt(document: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    document,
  )
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
}

/** A copy of the document with one change at `path`, or undefined when it cannot apply there. */
function mutate(
  document: JsonObject,
  path: Path,
  kind: string,
  text: string,
): JsonObject | undefined {
  const copy = structuredClone(document)
  const value = getAt(copy, path)
  const parentPath = path.slice(0, -1)
  const last = path.at(-1)
  const parent = getAt(copy, parentPath) as Record<string | number, unknown>
  switch (kind) {
    case 'change': {
      if (last === undefined) {
        return undefined
      }
      if (isDate(value)) {
        parent[last] = new Date(Date.parse(value) + 1000).toISOString().replace('.000Z', 'Z')
      } else if (typeof value === 'string') {
        parent[last] = value === `${value}${text}` ? `${value}!` : `${value}${text}`
      } else if (typeof value === 'number') {
        parent[last] = value + 1
      } else {
        return undefined
      }
      return copy
    }
    case 'add': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return undefined
      }
      const target = value as Record<string, unknown>
      const name = 'description' in target ? 'name' : 'description'
      target[name] = `${String(target[name] ?? '')}${text}!`
      return copy
    }
    case 'remove': {
      if (last === undefined) {
        return undefined
      }
      if (Array.isArray(parent)) {
        parent.splice(last as number, 1)
      } else {
        delete parent[last]
      }
      return copy
    }
    default:
      return undefined
  }
}

describe.each(['eddsa-rdfc-2022', 'eddsa-jcs-2022'] as const)(
  'tampering with an %s credential',
  (cryptosuite) => {
    it('is detected whatever single value is changed, added or removed', async () => {
      const signed = await signedBadge(cryptosuite)
      expect((await verifier.verify(signed)).verified).toBe(true)
      const paths = pathsOf(signed)
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.constantFrom('change', 'add', 'remove'),
          fc.string({ minLength: 1, maxLength: 8 }),
          async (path, kind, text) => {
            const tampered = mutate(signed, path, kind, text)
            fc.pre(tampered !== undefined)
            const report = await verifier.verify(tampered)
            expect(report.verified).toBe(false)
            expect(checkOf(report, 'proof').outcome).not.toBe('ok')
          },
        ),
        { numRuns: 60 },
      )
    })
  },
)
