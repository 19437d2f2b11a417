import { describe, expect, it } from 'vitest'
import { osaamoContextUrl } from '../../src/core/index.js'
import {
  toCanonicalNQuads,
  toCanonicalNQuadsWithJsonLd,
} from '../../src/credentials/canonical-form.js'
import { createDocumentLoader, knownContexts } from '../../src/credentials/document-loader.js'
import { toCanonicalNQuadsOf } from '../../src/credentials/fast-rdfc/canonical-n-quads.js'
import { decideFastPath } from '../../src/credentials/fast-rdfc/fast-path.js'
import { namedNode } from '../../src/credentials/fast-rdfc/n-quads.js'

// Every case the fast canonicalisation path does not cover: the decision says so (with the
// reason), and toCanonicalNQuads still gives jsonld.js's answer — the same N-Quads, or the same
// safe-mode refusal.

const vc2 = 'https://www.w3.org/ns/credentials/v2'
const ob303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
const loader = createDocumentLoader()

/** A small Open Badge that the fast path covers, to be spoiled one way at a time. */
function badge(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': [vc2, ob303, osaamoContextUrl],
    id: 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:web:osaamo.example.fi', type: ['Profile'], name: 'Kaarnala' },
    validFrom: '2026-12-01T08:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://osaamo.example.fi/achievements/1',
        type: ['Achievement'],
        name: 'Python',
        description: 'Basics',
        criteria: { narrative: 'Pass' },
        title: { fi: 'Ohjelmointi', en: 'Programming' },
      },
    },
    ...changes,
  }
}

/** The small badge with more achievement fields, and results when given. */
function withAchievement(fields: Record<string, unknown>, result?: unknown[]) {
  const subject = badge().credentialSubject as { achievement: Record<string, unknown> }
  return badge({
    credentialSubject: {
      ...subject,
      achievement: { ...subject.achievement, ...fields },
      ...(result === undefined ? {} : { result }),
    },
  })
}

async function outcomeOf(canonicalise: () => Promise<string>) {
  try {
    return { nquads: await canonicalise() }
  } catch (error) {
    return { error: (error as { problem?: string }).problem, message: (error as Error).message }
  }
}

/** The decision, and that the routed answer equals jsonld.js's. */
async function expectFallback(document: unknown, reason: RegExp, documentLoader = loader) {
  const decision = await decideFastPath(document, documentLoader)
  expect(decision).toEqual({ fast: false, reason: expect.stringMatching(reason) })
  const routed = await outcomeOf(() => toCanonicalNQuads(document, documentLoader))
  const general = await outcomeOf(() => toCanonicalNQuadsWithJsonLd(document, documentLoader))
  expect(routed).toEqual(general)
  return general
}

/** The fast path takes it, and its N-Quads are jsonld.js's. */
async function expectCovered(document: Record<string, unknown>) {
  const decision = await decideFastPath(document, loader)
  expect(decision.fast, decision.fast ? '' : decision.reason).toBe(true)
  expect(await toCanonicalNQuads(document, loader)).toBe(
    await toCanonicalNQuadsWithJsonLd(document, loader),
  )
}

describe('the fast canonicalisation path', () => {
  it('covers the small badge the fallback cases start from, with jsonld.js’s N-Quads', async () => {
    const decision = await decideFastPath(badge(), loader)
    expect(decision.fast).toBe(true)
    expect(await toCanonicalNQuads(badge(), loader)).toBe(
      await toCanonicalNQuadsWithJsonLd(badge(), loader),
    )
  })

  it('covers blank nodes that tie on their first-degree hash (RDFC-1.0 N-degree hashing)', async () => {
    const address = { type: ['Address'], addressCountry: 'Finland' }
    const alignment = { type: ['Alignment'], targetName: 'x', targetUrl: 'https://e.example/x' }
    const creator = { id: 'https://osaamo.example.fi/o/1', type: ['Profile'], address }
    const document = withAchievement({
      creator,
      awardingBody: [creator],
      alignment: [alignment, alignment],
      issuerLocation: [address, address],
      stackableTowards: [{ title: { fi: 'a' } }, { title: { fi: 'a' } }],
    })
    expect((await decideFastPath(document, loader)).fast).toBe(true)
    expect(await toCanonicalNQuads(document, loader)).toBe(
      await toCanonicalNQuadsWithJsonLd(document, loader),
    )
  })

  it('refuses, as jsonld.js does, a credential whose equal blank nodes exceed the work limit', async () => {
    const alignment = { type: ['Alignment'], targetName: 'x', targetUrl: 'https://e.example/x' }
    const document = withAchievement({}, [
      { type: ['Result'], alignment: [alignment, alignment] },
      { type: ['Result'], alignment: [alignment, alignment] },
    ])
    expect((await decideFastPath(document, loader)).fast).toBe(true)
    const routed = await outcomeOf(() => toCanonicalNQuads(document, loader))
    expect(routed).toEqual(await outcomeOf(() => toCanonicalNQuadsWithJsonLd(document, loader)))
    expect(routed).toMatchObject({ error: 'CANONICALIZATION_LIMIT' })
  })

  it('hands a graph past the N-degree work limit to rdf-canonize, which refuses it as the general path does', async () => {
    // A ring of ten blank nodes, all alike: far more deep iterations than blank nodes.
    const predicate = namedNode('https://e.example/next')
    const quads = Array.from({ length: 10 }, (_, node) => ({
      subject: node,
      predicate,
      object: (node + 1) % 10,
    }))
    await expect(toCanonicalNQuadsOf({ quads, blankNodeCount: 10 })).rejects.toThrow(
      /deep iterations/,
    )
  })

  it('falls back for a document that is not a JSON object', async () => {
    await expectFallback([badge()], /not a JSON object/)
  })

  it('falls back for an unknown context, which jsonld.js then refuses', async () => {
    const general = await expectFallback(
      badge({ '@context': [vc2, 'https://example.org/unknown-context'] }),
      /not one of the static contexts/,
    )
    expect(general).toMatchObject({ error: 'CONTEXT_UNKNOWN' })
  })

  it('falls back when the loader replaces a static context with its own document', async () => {
    const replacing = createDocumentLoader(new Map([[ob303, knownContexts.get(ob303)]]))
    await expectFallback(badge(), /not one of the static contexts/, replacing)
  })

  it('falls back for a loader it does not know', async () => {
    await expectFallback(badge(), /not one of the static contexts/, (url) => loader(url))
  })

  it('falls back for an inline context object', async () => {
    await expectFallback(
      badge({ '@context': [vc2, ob303, { extra: 'https://e.example/extra' }], extra: 'x' }),
      /not a list of context URLs/,
    )
  })

  it('falls back for an embedded @context in a nested object', async () => {
    await expectFallback(
      badge({
        evidence: [
          { '@context': { note: 'https://e.example/note' }, type: ['Evidence'], note: 'n' },
        ],
      }),
      /not a list of context URLs/,
    )
  })

  it('falls back for @graph', async () => {
    await expectFallback(badge({ '@graph': [{ id: 'https://e.example/a' }] }), /keyword @graph/)
  })

  it('covers an embedded proof (a @graph container: its quads in a blank-node named graph)', async () => {
    const proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: 'did:web:osaamo.example.fi#key',
      proofValue: 'z1',
    }
    await expectCovered(badge({ proof }))
    // A proof set, and two equal proofs (each still its own graph).
    await expectCovered(badge({ proof: [proof, { ...proof, proofValue: 'z2' }] }))
    await expectCovered(badge({ proof: [proof, proof] }))
  })

  it('covers an embedded credential with its own context list and proof (an endorsement)', async () => {
    const endorsement = {
      ...badge({ type: ['VerifiableCredential', 'EndorsementCredential'] }),
      credentialSubject: {
        id: 'https://osaamo.example.fi/achievements/1',
        type: ['EndorsementSubject'],
        endorsementComment: 'Meets our needs',
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: 'did:web:osaamo.example.fi#key',
        proofValue: 'z1',
      },
    }
    await expectCovered(withAchievement({ endorsement: [endorsement, endorsement] }))
    await expectCovered(withAchievement({ endorsement: [endorsement] }))
  })

  it('falls back for an empty node in a @graph container', async () => {
    await expectFallback(badge({ proof: {} }), /empty node in the graph container/)
  })

  it('falls back for @reverse', async () => {
    await expectFallback(
      badge({ '@reverse': { 'https://e.example/knows': { id: 'https://e.example/b' } } }),
      /keyword @reverse/,
    )
  })

  it('falls back for @included', async () => {
    await expectFallback(
      badge({ '@included': [{ id: 'https://e.example/b', type: 'Profile' }] }),
      /keyword @included/,
    )
  })

  it('falls back for @nest', async () => {
    await expectFallback(badge({ '@nest': { name: 'Nested' } }), /keyword @nest/)
  })

  it('falls back for an undefined term, which safe mode then refuses', async () => {
    const general = await expectFallback(
      badge({ undefinedTerm: 'x' }),
      /"undefinedTerm" is not defined/,
    )
    expect(general).toMatchObject({ error: 'JSONLD_INVALID' })
  })

  it('falls back for an undefined type, which safe mode then refuses', async () => {
    const general = await expectFallback(
      badge({ type: ['VerifiableCredential', 'OpenBadgeCredential', 'MadeUpType'] }),
      /@type that is not an absolute IRI/,
    )
    expect(general).toMatchObject({ error: 'JSONLD_INVALID' })
  })

  it('falls back for a relative @id, which safe mode then refuses', async () => {
    const general = await expectFallback(
      badge({ id: 'relative/credential' }),
      /@id that is not an absolute IRI/,
    )
    expect(general).toMatchObject({ error: 'JSONLD_INVALID' })
  })

  it('falls back for a blank node identifier', async () => {
    await expectFallback(badge({ id: '_:b0' }), /@id that is not an absolute IRI/)
  })

  it('falls back for a JSON literal (@json)', async () => {
    await expectFallback(badge({ _sd: ['a', { b: 1 }] }), /JSON literal/)
  })

  it('falls back for a value object with @language', async () => {
    await expectFallback(
      badge({ name: { '@value': 'Nimi', '@language': 'fi' } }),
      /value object|keyword @value/,
    )
  })

  it('falls back for a value object with @direction', async () => {
    await expectFallback(
      badge({ name: { '@value': 'اسم', '@language': 'ar', '@direction': 'rtl' } }),
      /value object|keyword @value|keyword @direction/,
    )
  })

  it('falls back for a language map with an invalid tag, which safe mode then refuses', async () => {
    const general = await expectFallback(
      badge({
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: {
            ...(badge().credentialSubject as { achievement: object }).achievement,
            title: { 'not a tag': 'x' },
          },
        },
      }),
      /language tag/,
    )
    expect(general).toMatchObject({ error: 'JSONLD_INVALID' })
  })

  it('falls back for a list of lists', async () => {
    await expectFallback(
      badge({
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: {
            ...(badge().credentialSubject as { achievement: object }).achievement,
            resultDescription: [
              {
                id: 'https://e.example/rd',
                type: ['ResultDescription'],
                name: 'Grade',
                resultType: 'LetterGrade',
                allowedValue: [['1', '2'], '3'],
              },
            ],
          },
        },
      }),
      /list of lists/,
    )
  })

  it('falls back for an explicit @list object', async () => {
    await expectFallback(badge({ name: { '@list': ['a', 'b'] } }), /keyword @list/)
  })

  it('falls back for a nested array', async () => {
    await expectFallback(badge({ name: [['a'], 'b'] }), /nested array/)
  })

  it('falls back for a top-level object with no properties', async () => {
    await expectFallback({ '@context': [vc2], id: 'urn:uuid:1' }, /no properties or types/)
  })

  it('falls back for a value that is not JSON (a Date object)', async () => {
    await expectFallback(badge({ validFrom: new Date('2026-12-01T08:00:00Z') }), /not JSON/)
  })

  it('falls back for a protected term redefined by a later context, which jsonld.js then refuses', async () => {
    const general = await expectFallback(
      badge({ '@context': [vc2, ob303, 'https://www.w3.org/2018/credentials/v1'] }),
      /context processing failed/,
    )
    expect(general).toMatchObject({ error: 'JSONLD_INVALID' })
  })
})
