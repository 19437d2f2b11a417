// What an embedded partner endorsement (docs/decisions/0025) costs when a credential is signed:
// the same credential with none, one and three signed EndorsementCredentials in its Achievement.
// An embedded credential has its own @context, which the fast canonicalisation path does not
// cover, so these credentials go to jsonld.js. Run pinned to one core:
// `taskset -c 0 npm run bench -- endorsed-credentials`.
import {
  type JsonObject,
  toEndorsementCredential,
  toOpenBadgeCredential,
} from '../src/core/index.js'
import { decideFastPath } from '../src/credentials/fast-rdfc/fast-path.js'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
} from '../src/credentials/index.js'
import { demoSpecifications } from '../src/services/demo-specifications.js'
import { testCredentialInput } from '../test/support/open-badge-credential-input.js'

const secondsPerMeasure = Number(process.env.BENCH_SECONDS ?? 3)
const created = '2026-11-28T10:00:00Z'
const issuerDid = 'did:web:osaamo.example.fi:organisations:kaarnala-open'
const partnerDid = 'did:web:osaamo.example.fi:organisations:revontuli-software'

async function perSecond(work: () => Promise<unknown>): Promise<number> {
  const warmUntil = performance.now() + 500
  while (performance.now() < warmUntil) {
    await work()
  }
  let count = 0
  const started = performance.now()
  while (performance.now() < started + secondsPerMeasure * 1000) {
    await work()
    count += 1
  }
  return count / ((performance.now() - started) / 1000)
}

export async function benchEndorsedCredentials(): Promise<void> {
  const loader = createDocumentLoader()
  const issuerKey = generateEd25519Key()
  const partnerKey = generateEd25519Key()
  const proofOptions = (did: string, key: { publicKeyMultibase: string }) => ({
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created,
    verificationMethod: `${did}#${key.publicKeyMultibase}`,
    proofPurpose: 'assertionMethod',
  })
  const specification = demoSpecifications[0]
  if (specification === undefined) {
    throw new Error('endorsed-credentials bench: no demo specification')
  }
  const input = testCredentialInput(specification.content)
  const endorsements: JsonObject[] = []
  for (const index of [1, 2, 3]) {
    const unsigned = toEndorsementCredential({
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${index}`,
      endorser: {
        id: partnerDid,
        name: { fi: 'Revontuli Software Oy' },
        url: 'https://osaamo.example.fi/organisations/revontuli-software',
        country: 'FI',
        region: 'Pirkanmaa',
      },
      achievementId: `https://osaamo.example.fi/api/specification-versions/${input.specificationVersion.id}`,
      achievementName: specification.content.title,
      comment: 'Vastaa ohjelmistokehittäjien osaamistarpeeseemme.',
      validFrom: new Date(created),
      language: 'fi',
    }) as unknown as JsonObject
    const signed = await addDataIntegrityProof(
      unsigned,
      partnerKey,
      proofOptions(partnerDid, partnerKey),
      loader,
    )
    endorsements.push({ ...signed, proof: [signed.proof] })
  }
  console.log('endorsed-credentials: eddsa-rdfc-2022 issue rate by embedded endorsements')
  for (const count of [0, 1, 3]) {
    const credential = toOpenBadgeCredential({
      ...input,
      endorsements: endorsements.slice(0, count),
    }) as unknown as JsonObject
    const decision = await decideFastPath(credential, loader)
    const rate = await perSecond(() =>
      addDataIntegrityProof(credential, issuerKey, proofOptions(issuerDid, issuerKey), loader),
    )
    console.log(
      `  ${count} endorsement(s): ${Buffer.byteLength(JSON.stringify(credential))} bytes, ` +
        `${decision.fast ? 'fast path' : `jsonld.js (${decision.reason})`}, ${rate.toFixed(1)} credentials/s`,
    )
  }
}
