// Issue and verify rates of one core for each proof format, on a realistic Open Badges 3.0
// credential, with @digitalbazaar/vc (eddsa-rdfc-2022) measured on the same credential in the
// same run as the reference. Run it pinned to one core: `taskset -c 0 npm run bench -- credentials`.
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
  type JsonObject,
  toMultikeyDocument,
  toVcJwt,
  verifyProofWithKey,
} from '../src/credentials/index.js'
import { referenceIssuer } from '../test/support/digital-bazaar.js'

const secondsPerMeasure = Number(process.env.BENCH_SECONDS ?? 3)
const controller = 'did:web:osaamo.example.fi:organisations:kaarnala-open'
const created = '2026-11-28T10:00:00Z'

/** Calls `work` repeatedly for a fixed time after a warm-up; answers the rate per second. */
async function rate(work: () => Promise<unknown> | unknown): Promise<number> {
  const warmUntil = performance.now() + 500
  while (performance.now() < warmUntil) {
    await work()
  }
  let count = 0
  const started = performance.now()
  const until = started + secondsPerMeasure * 1000
  while (performance.now() < until) {
    await work()
    count += 1
  }
  return count / ((performance.now() - started) / 1000)
}

/** A 2–3 KB Open Badges 3.0 credential like the ones Osaamo issues. */
function realisticCredential(): JsonObject {
  const { proof: _proof, ...vector } = JSON.parse(
    readFileSync(
      new URL(
        '../test/fixtures/vectors/real-credentials/obspec-ob3-ldp-testvector.json',
        import.meta.url,
      ),
      'utf8',
    ),
  ) as JsonObject
  return { ...vector, issuer: { ...(vector.issuer as JsonObject), id: controller } }
}

export async function benchCredentials(): Promise<void> {
  const credential = realisticCredential()
  const size = Buffer.byteLength(JSON.stringify(credential))
  const loader = createDocumentLoader()
  const key = generateEd25519Key()
  const verificationMethod = `${controller}#${key.publicKeyMultibase}`
  const options = (cryptosuite: string) => ({
    type: 'DataIntegrityProof',
    cryptosuite,
    created,
    verificationMethod,
    proofPurpose: 'assertionMethod',
  })
  const reference = await referenceIssuer({
    ...toMultikeyDocument(key, { includeSecret: true, controller }),
    controller,
  })
  const rdfcSigned = await addDataIntegrityProof(
    credential,
    key,
    options('eddsa-rdfc-2022'),
    loader,
  )
  const jcsSigned = await addDataIntegrityProof(credential, key, options('eddsa-jcs-2022'), loader)
  const referenceSigned = await reference.sign(credential, created)

  const rows: [string, number, number][] = [
    [
      '@digitalbazaar/vc, eddsa-rdfc-2022 (reference)',
      await rate(() => reference.sign(credential, created)),
      await rate(() => reference.verify(referenceSigned, new Date(created))),
    ],
    [
      'Osaamo, eddsa-rdfc-2022',
      await rate(() => addDataIntegrityProof(credential, key, options('eddsa-rdfc-2022'), loader)),
      await rate(() => verifyProofWithKey(rdfcSigned, rdfcSigned.proof as JsonObject, key, loader)),
    ],
    [
      'Osaamo, eddsa-jcs-2022',
      await rate(() => addDataIntegrityProof(credential, key, options('eddsa-jcs-2022'), loader)),
      await rate(() => verifyProofWithKey(jcsSigned, jcsSigned.proof as JsonObject, key, loader)),
    ],
    ['Osaamo, vc+jwt (EdDSA)', await rate(() => toVcJwt(credential, key, verificationMethod)), 0],
  ]
  const referenceRates = rows[0] ?? ['', 1, 1]
  console.log(
    `credentials: ${size}-byte Open Badges 3.0 credential, ${secondsPerMeasure} s a measure, ${cpus()[0]?.model ?? 'unknown CPU'}`,
  )
  console.log(
    '  format                                          issues/s  verifies/s  vs reference',
  )
  for (const [name, issues, verifies] of rows) {
    console.log(
      `  ${name.padEnd(48)}${issues.toFixed(0).padStart(8)}  ${(verifies === 0 ? '–' : verifies.toFixed(0)).padStart(10)}  ${(issues / referenceRates[1]).toFixed(2)}× / ${verifies === 0 ? '–' : `${(verifies / referenceRates[2]).toFixed(2)}×`}`,
    )
  }
}
