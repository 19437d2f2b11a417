import { createHash } from 'node:crypto'
import type {
  OpenBadgeCredentialInput,
  SpecificationContent,
  SpecificationVersion,
} from '../../src/core/index.js'
import { demoOrganisations } from '../../src/services/demo-data.js'
import { demoSpecificationOwner } from '../../src/services/demo-specifications.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The public address the built credentials name. */
export const testPublicUrl = 'https://osaamo.example.fi'

/** The demo organisations with fixed ids, as the export context names them. */
export const testOrganisations = demoOrganisations.map((organisation, index) => ({
  id: `6f7c1d2e-0000-4000-8000-00000000000${index + 1}`,
  slug: organisation.slug,
  name: organisation.name,
  country: organisation.country,
  region: organisation.region,
}))

function organisationBySlug(slug: string): (typeof testOrganisations)[number] {
  const found = testOrganisations.find((organisation) => organisation.slug === slug)
  if (found === undefined) {
    throw new Error(`No demo organisation ${slug}`)
  }
  return found
}

/** A published version of the demo owner with this content. */
export function testVersionOf(content: SpecificationContent): SpecificationVersion {
  const at = new Date('2026-08-01T10:00:00Z')
  return {
    id: '0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
    specificationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    organisationId: organisationBySlug(demoSpecificationOwner).id,
    versionNumber: 1,
    status: 'published',
    content,
    changeLog: '',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    reviewDueAt: undefined,
  }
}

/**
 * What Osaamo would pass to `toOpenBadgeCredential` for the demo learner's result on a version of
 * this content, awarded by the demo organisations with these slugs (the owner first); a passing
 * grade in the content's grading scheme and one revocation status entry.
 */
export function testCredentialInput(
  content: SpecificationContent,
  awardingBodySlugs: readonly string[] = [demoSpecificationOwner],
): OpenBadgeCredentialInput {
  const awardingBodies = awardingBodySlugs.map(organisationBySlug)
  const owner = organisationBySlug(demoSpecificationOwner)
  const statusListUrl = `${testPublicUrl}/status-lists/4b0e1c55-6f0e-4d5c-8f3e-2a1b0c9d8e7f`
  return {
    id: 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
    issuer: {
      id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
      name: owner.name,
      url: 'https://kaarnala.example.fi',
      email: 'avoin@kaarnala.example.fi',
      address: { country: owner.country, region: owner.region },
    },
    specificationVersion: testVersionOf({
      ...content,
      awardingBodyIds: awardingBodies.map((body) => body.id),
    }),
    publicUrl: testPublicUrl,
    awardingBodies,
    learner: {
      name: 'Sanni Laine',
      emailAddress: 'learner@demo.osaamo.fi',
      salt: 'c2FsdC1mb3ItdGVzdHM',
      sha256Hex,
    },
    result: {
      grade: content.gradingScheme === '0-5' ? '4' : 'Pass',
      assessedAt: new Date('2026-11-20T12:30:00Z'),
      identityVerification: content.supervision ?? 'unsupervised-no-id-verification',
      evidence: [{ url: 'https://kaarnala.example.fi/portfolio/42', name: 'Project report' }],
    },
    validFrom: new Date('2026-12-01T08:00:00Z'),
    credentialStatus: [
      {
        id: `${statusListUrl}#1234`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '1234',
        statusListCredential: statusListUrl,
      },
    ],
    language: 'fi',
  }
}
