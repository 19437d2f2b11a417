import fc from 'fast-check'
import { osaamoContextUrl } from '../../src/core/index.js'
import type { JsonObject } from '../../src/credentials/index.js'

// Generated Open Badges 3.0 credentials for the differential tests of the fast canonicalisation
// path: the shapes Osaamo issues (and more), with hostile text, odd numbers, dates, language
// maps, arrays, nested achievements, results and alignments, optional fields present and absent.

const vc2 = 'https://www.w3.org/ns/credentials/v2'
const ob303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'

/** Text with everything N-Quads escapes or mangles: quotes, backslashes, controls, surrogates. */
const hostileCharacter = fc.constantFrom(
  '"',
  '\\',
  '\n',
  '\r',
  '\t',
  '\b',
  '\f',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ud800',
  '\udfff',
  '😀',
  'ä',
  'ö',
  'Å',
  ' ',
  '<',
  '>',
  '^',
  '@',
  '_:',
  'c14n0',
)
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: hostileCharacter, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
)

/** JSON numbers: integers, floats, negatives, huge and tiny ones, -0. */
export const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.5, 1.5, -2.25, 5, 7.5, 1e21, 1e-7, 123456789012345680000, 2 ** 53),
)

const uuid = fc.uuid()
const slug = fc.stringMatching(/^[a-z0-9]{1,12}$/)
export const url = fc.oneof(
  slug.map((part) => `https://osaamo.example.fi/${part}`),
  fc.tuple(slug, slug).map(([host, part]) => `https://${host}.example.org/${part}#${host}`),
  uuid.map((id) => `urn:uuid:${id}`),
)
const did = slug.map((name) => `did:web:osaamo.example.fi:organisations:${name}`)

const date = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .chain((moment) =>
    fc.constantFrom(
      moment.toISOString(),
      moment.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      moment.toISOString().replace(/Z$/, '+02:00'),
    ),
  )

/** Language tags: usual ones, upper-case ones (lower-cased in RDF), region and script tags. */
const language = fc.constantFrom('fi', 'sv', 'en', 'en-GB', 'EN', 'se', 'zh-Hant-TW', 'x-klingon')
export const languageMap = fc.dictionary(language, text, { minKeys: 1, maxKeys: 4 })

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

/** Drops the undefined entries, so that absent fields are absent. */
function defined(record: Record<string, unknown>): JsonObject {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as JsonObject
}

const address = fc
  .record({
    country: optional(text),
    code: optional(fc.constantFrom('FI', 'SE', 'EE')),
    region: optional(text),
    street: optional(text),
  })
  .map(({ country, code, region, street }) =>
    defined({
      type: ['Address'],
      addressCountry: country,
      addressCountryCode: code,
      addressRegion: region,
      streetAddress: street,
    }),
  )

const profile = fc
  .record({
    id: fc.oneof(did, url),
    name: optional(text),
    url: optional(url),
    email: optional(fc.emailAddress()),
    address: optional(address),
    description: optional(text),
  })
  .map((fields) => defined({ ...fields, type: ['Profile'] }))

const alignment = fc
  .record({
    targetName: text,
    targetUrl: url,
    targetCode: optional(text),
    targetFramework: optional(text),
    targetType: optional(fc.constantFrom('ceasn:Competency', 'CFItem', 'ext:EQF')),
    targetDescription: optional(text),
  })
  .map((fields) => defined({ type: ['Alignment'], ...fields }))

const resultDescription = fc
  .record({
    id: url,
    name: text,
    resultType: fc.constantFrom('LetterGrade', 'Status', 'ext:ECTSGradeScore'),
    allowedValue: optional(
      fc.array(fc.oneof(text, fc.constantFrom('1', '1', '2')), { maxLength: 6 }),
    ),
    requiredValue: optional(text),
    valueMax: optional(text),
    alignment: optional(fc.array(alignment, { maxLength: 2 })),
  })
  .map((fields) => defined({ ...fields, type: ['ResultDescription'] }))

const achievement = fc
  .record({
    id: url,
    name: text,
    description: text,
    achievementType: optional(fc.constantFrom('MicroCredential', 'Course', 'ext:Module')),
    criteria: fc.oneof(
      text.map((narrative) => ({ narrative })),
      url.map((id) => ({ id })),
      fc.record({ id: url, narrative: text }),
    ),
    alignment: optional(fc.array(alignment, { maxLength: 4 })),
    creator: optional(profile),
    creditsAvailable: optional(number),
    fieldOfStudy: optional(text),
    humanCode: optional(text),
    inLanguage: optional(fc.constantFrom('fi', 'sv', 'en')),
    resultDescription: optional(fc.array(resultDescription, { maxLength: 2 })),
    tag: optional(fc.array(text, { maxLength: 4 })),
    version: optional(text),
    image: optional(url.map((id) => ({ id, type: 'Image' }))),
  })
  .map((fields) => defined({ ...fields, type: ['Achievement'] }))

/** The EU elements of Osaamo's own context, added to an achievement. */
const euElements = fc
  .record({
    title: optional(languageMap),
    learningOutcome: optional(
      fc.array(
        fc.record({ id: url, title: languageMap, relatedSkill: fc.array(url, { maxLength: 3 }) }),
        { maxLength: 3 },
      ),
    ),
    ectsCredits: optional(fc.oneof(fc.constantFrom('5', '2.5', '15'), number)),
    workloadHours: optional(fc.constantFrom('135', '27.5')),
    eqfLevel: optional(
      fc.integer({ min: 1, max: 8 }).map((level) => `http://data.europa.eu/snb/eqf/${level}`),
    ),
    qfEheaCycle: optional(fc.constantFrom('short', 'first', 'second', 'third')),
    nqfLevel: optional(fc.oneof(fc.integer({ min: 1, max: 8 }), number)),
    assessmentType: optional(
      fc.array(fc.record({ id: url, prefLabel: languageMap }), { maxLength: 2 }),
    ),
    learningSetting: optional(fc.record({ id: url, prefLabel: languageMap })),
    qualityAssurance: optional(languageMap),
    prerequisites: optional(languageMap),
    stackability: optional(fc.constantFrom('stand-alone', 'stackable')),
    stackableTowards: optional(fc.array(fc.record({ title: languageMap }), { maxLength: 2 })),
    awardingBody: optional(fc.array(profile, { maxLength: 2 })),
    issuerLocation: optional(fc.array(address, { maxLength: 2 })),
    languageOfInstruction: optional(fc.array(fc.constantFrom('fi', 'sv', 'en'), { maxLength: 3 })),
    homepage: optional(fc.array(url, { maxLength: 2 })),
  })
  .map(defined)

const identityObject = fc
  .record({
    hashed: fc.boolean(),
    identityHash: text,
    identityType: fc.constantFrom('emailAddress', 'name', 'studentId'),
    salt: optional(text),
  })
  .map((fields) => defined({ type: 'IdentityObject', ...fields }))

const result = fc
  .record({
    resultDescription: optional(url),
    value: optional(text),
    status: optional(fc.constantFrom('Completed', 'Failed')),
    achievedLevel: optional(url),
    alignment: optional(fc.array(alignment, { maxLength: 2 })),
    assessmentDate: optional(date),
  })
  .map((fields) => defined({ type: ['Result'], ...fields }))

const evidence = fc
  .record({ id: optional(url), name: optional(text), narrative: optional(text) })
  .map((fields) => defined({ ...fields, type: ['Evidence'] }))

const statusEntry = fc
  .tuple(slug, fc.nat({ max: 131071 }), fc.constantFrom('revocation', 'suspension'))
  .map(([list, index, purpose]) => ({
    id: `https://osaamo.example.fi/status-lists/${list}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: `https://osaamo.example.fi/status-lists/${list}`,
  }))

/**
 * An Open Badges 3.0 credential as Osaamo could issue it (VC 2.0 + OB 3.0.3, with or without
 * Osaamo's context); every field the reference library checks (issuer, dates, ids) is valid.
 */
export const credential: fc.Arbitrary<JsonObject> = fc
  .record({
    withOsaamo: fc.boolean(),
    id: uuid.map((id) => `urn:uuid:${id}`),
    badgeType: fc.constantFrom('OpenBadgeCredential', 'AchievementCredential'),
    issuer: fc.oneof(did, profile),
    validFrom: date,
    validUntil: optional(date),
    awardedDate: optional(date),
    name: optional(text),
    description: optional(text),
    subjectId: optional(did),
    identifier: optional(fc.array(identityObject, { maxLength: 3 })),
    achievement,
    eu: euElements,
    creditsEarned: optional(number),
    activityStartDate: optional(date.map((moment) => moment.slice(0, 10))),
    results: optional(fc.array(result, { maxLength: 3 })),
    evidence: optional(fc.array(evidence, { maxLength: 2 })),
    status: optional(statusEntry),
    // Equal blank nodes (the creator again as awarding body, an alignment twice) make RDFC-1.0
    // ties that need its N-degree hashing.
    repeatCreator: fc.boolean(),
    repeatAlignments: fc.boolean(),
  })
  .map((fields) => {
    const creator = fields.achievement.creator as JsonObject | undefined
    const alignments = fields.achievement.alignment as JsonObject[] | undefined
    const eu =
      fields.repeatCreator && creator !== undefined
        ? { ...fields.eu, awardingBody: [creator, ...((fields.eu.awardingBody as []) ?? [])] }
        : fields.eu
    const achievement =
      fields.repeatAlignments && alignments !== undefined
        ? { ...fields.achievement, alignment: [...alignments, ...alignments] }
        : fields.achievement
    return defined({
      '@context': fields.withOsaamo ? [vc2, ob303, osaamoContextUrl] : [vc2, ob303],
      id: fields.id,
      type: ['VerifiableCredential', fields.badgeType],
      issuer: fields.issuer,
      validFrom: fields.validFrom,
      validUntil: fields.validUntil,
      awardedDate: fields.awardedDate,
      name: fields.name,
      description: fields.description,
      credentialSubject: defined({
        id: fields.subjectId,
        type: ['AchievementSubject'],
        identifier: fields.identifier,
        achievement: fields.withOsaamo ? { ...achievement, ...eu } : achievement,
        creditsEarned: fields.creditsEarned,
        activityStartDate: fields.activityStartDate,
        // assessmentDate is a term of Osaamo's context only.
        result: fields.withOsaamo
          ? fields.results
          : fields.results?.map(({ assessmentDate: _date, ...rest }) => rest),
      }),
      evidence: fields.evidence,
      credentialStatus: fields.status,
    })
  })

/** A Data Integrity proof as it is embedded in a signed credential (not a valid signature). */
export const embeddedProof: fc.Arbitrary<JsonObject> = fc
  .record({
    id: optional(uuid.map((id) => `urn:uuid:${id}`)),
    created: date,
    controller: did,
    proofValue: fc.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{20,88}$/),
    cryptosuite: fc.constantFrom('eddsa-rdfc-2022', 'eddsa-jcs-2022'),
  })
  .map((fields) =>
    defined({
      id: fields.id,
      type: 'DataIntegrityProof',
      cryptosuite: fields.cryptosuite,
      created: fields.created,
      verificationMethod: `${fields.controller}#key-1`,
      proofPurpose: 'assertionMethod',
      proofValue: fields.proofValue,
    }),
  )

/**
 * A credential whose achievement carries one or two signed EndorsementCredentials, each with its
 * own @context list and proof (or a proof set): nested contexts and @graph containers, as a
 * partner's sign-off puts them into the credentials issued from an endorsed version.
 */
export const endorsedCredential: fc.Arbitrary<JsonObject> = fc
  .record({
    outer: credential,
    endorsements: fc.array(
      fc.record({
        inner: credential,
        comment: optional(text),
        proofs: fc.array(embeddedProof, { minLength: 1, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map(({ outer, endorsements }) => {
    const subject = outer.credentialSubject as JsonObject
    const achievement = subject.achievement as JsonObject
    const endorsement = endorsements.map(({ inner, comment, proofs }) =>
      defined({
        '@context': inner['@context'],
        id: inner.id,
        type: ['VerifiableCredential', 'EndorsementCredential'],
        issuer: inner.issuer,
        validFrom: inner.validFrom,
        name: inner.name,
        credentialSubject: defined({
          id: typeof achievement.id === 'string' ? achievement.id : 'https://osaamo.example.fi/a/1',
          type: ['EndorsementSubject'],
          endorsementComment: comment,
        }),
        proof: proofs.length === 1 ? proofs[0] : proofs,
      }),
    )
    return {
      ...outer,
      credentialSubject: { ...subject, achievement: { ...achievement, endorsement } },
    }
  })
