import type { LanguageMap } from '../language.js'
import type { CheckOutcome, VerificationCheck, VerificationCheckId } from './verification-report.js'

/**
 * The plain-language message of every verification check code, in fi/sv/en, for a learner or an
 * employer reading the report. `{name}` placeholders are filled in by {@link verificationMessage}.
 * The codes are stable: the API and stored reports use them.
 */
export const verificationMessages = {
  // format
  CREDENTIAL_READABLE: {
    fi: 'Todistus on luettavissa.',
    sv: 'Intyget kan läsas.',
    en: 'The credential could be read.',
  },
  JSON_MALFORMED: {
    fi: 'Teksti ei ole kelvollista JSONia, joten todistusta ei voi lukea.',
    sv: 'Texten är inte giltig JSON, så intyget kan inte läsas.',
    en: 'The text is not valid JSON, so the credential cannot be read.',
  },
  NOT_AN_OBJECT: {
    fi: 'Todistuksen pitää olla JSON-objekti tai JWT.',
    sv: 'Ett intyg ska vara ett JSON-objekt eller en JWT.',
    en: 'A credential must be a JSON object or a JWT.',
  },
  NOT_A_CREDENTIAL: {
    fi: 'Tämä ei ole todennettava todistus: siitä puuttuu @context tai tyyppi VerifiableCredential.',
    sv: 'Detta är inte ett verifierbart intyg: @context eller typen VerifiableCredential saknas.',
    en: 'This is not a verifiable credential: it has no @context or no type VerifiableCredential.',
  },
  JWT_MALFORMED: {
    fi: 'Todistuksen JWT on virheellinen, joten sitä ei voi lukea.',
    sv: 'Intygets JWT är felaktig, så den kan inte läsas.',
    en: 'The credential’s JWT is malformed, so it cannot be read.',
  },
  // json-ld
  JSONLD_VALID: {
    fi: 'Todistuksen kaikki tiedot on määritelty sen sanastoissa.',
    sv: 'Alla uppgifter i intyget definieras i dess vokabulär.',
    en: 'Every term in the credential is defined by its vocabularies.',
  },
  CONTEXT_UNKNOWN: {
    fi: 'Todistus viittaa sanastoon, jota Osaamo ei tunne: {url}',
    sv: 'Intyget hänvisar till ett vokabulär som Osaamo inte känner till: {url}',
    en: 'The credential refers to a vocabulary (JSON-LD context) Osaamo does not know: {url}',
  },
  TERM_UNDEFINED: {
    fi: 'Todistuksessa on tieto, jota sen sanastot eivät määrittele: {term}',
    sv: 'Intyget innehåller en uppgift som dess vokabulär inte definierar: {term}',
    en: 'The credential contains a term its vocabularies do not define: {term}',
  },
  TERM_REDEFINED: {
    fi: 'Todistus yrittää määritellä uudelleen suojatun termin: {term}',
    sv: 'Intyget försöker definiera om en skyddad term: {term}',
    en: 'The credential tries to redefine a protected term: {term}',
  },
  JSONLD_INVALID: {
    fi: 'Todistuksen rakenne on virheellinen, joten sen sisältöä ei voi tulkita yksiselitteisesti.',
    sv: 'Intygets struktur är felaktig, så dess innehåll kan inte tolkas entydigt.',
    en: 'The credential’s structure is invalid, so its content cannot be read unambiguously.',
  },
  CANONICALIZATION_LIMIT: {
    fi: 'Todistus on liian monimutkainen tarkistettavaksi.',
    sv: 'Intyget är för komplext för att kontrolleras.',
    en: 'The credential is too complex to check.',
  },
  // proof
  SIGNATURE_VALID: {
    fi: 'Allekirjoitus on kunnossa: todistusta ei ole muutettu allekirjoittamisen jälkeen.',
    sv: 'Signaturen är giltig: intyget har inte ändrats efter att det signerades.',
    en: 'The signature is valid: the credential has not been changed since it was signed.',
  },
  PROOF_MISSING: {
    fi: 'Todistuksessa ei ole allekirjoitusta.',
    sv: 'Intyget saknar signatur.',
    en: 'The credential has no signature.',
  },
  PROOF_PURPOSE_INVALID: {
    fi: 'Todistuksessa ei ole myöntäjän allekirjoitusta (proofPurpose assertionMethod).',
    sv: 'Intyget saknar utfärdarens signatur (proofPurpose assertionMethod).',
    en: 'The credential has no issuer’s signature (proofPurpose assertionMethod).',
  },
  PROOF_TYPE_UNSUPPORTED: {
    fi: 'Allekirjoitus on tehty menetelmällä, jota Osaamo ei tue: {suite}',
    sv: 'Signaturen är gjord med en metod som Osaamo inte stöder: {suite}',
    en: 'The signature uses a method Osaamo does not support: {suite}',
  },
  PROOF_MALFORMED: {
    fi: 'Allekirjoituksen tiedot ovat puutteelliset tai virheelliset.',
    sv: 'Signaturens uppgifter är ofullständiga eller felaktiga.',
    en: 'The signature’s details are incomplete or invalid.',
  },
  PROOF_VALUE_MALFORMED: {
    fi: 'Allekirjoitusarvo on koodattu väärin.',
    sv: 'Signaturvärdet är felaktigt kodat.',
    en: 'The signature value is not correctly encoded.',
  },
  SIGNATURE_INVALID: {
    fi: 'Allekirjoitus ei täsmää: todistusta on muutettu allekirjoittamisen jälkeen, tai se on allekirjoitettu toisella avaimella.',
    sv: 'Signaturen stämmer inte: intyget har ändrats efter signeringen eller signerats med en annan nyckel.',
    en: 'The signature does not match: the credential was changed after signing, or signed with another key.',
  },
  JWT_ALGORITHM_UNSUPPORTED: {
    fi: 'JWT on allekirjoitettu algoritmilla, jota Osaamo ei tue: {algorithm}',
    sv: 'JWT:n är signerad med en algoritm som Osaamo inte stöder: {algorithm}',
    en: 'The JWT is signed with an algorithm Osaamo does not support: {algorithm}',
  },
  JWT_CLAIMS_MISMATCH: {
    fi: 'JWT:n tieto {claim} ei vastaa todistuksen tietoja.',
    sv: 'JWT:ns uppgift {claim} stämmer inte med intygets uppgifter.',
    en: 'The JWT claim {claim} does not agree with the credential.',
  },
  // issuer-key
  ISSUER_KEY_VALID: {
    fi: 'Allekirjoitusavain kuuluu todistuksen myöntäjälle.',
    sv: 'Signeringsnyckeln tillhör intygets utfärdare.',
    en: 'The signing key belongs to the credential’s issuer.',
  },
  ISSUER_MISSING: {
    fi: 'Todistuksesta puuttuu myöntäjän tunniste.',
    sv: 'Intyget saknar utfärdarens identifierare.',
    en: 'The credential does not name its issuer.',
  },
  KEY_UNRESOLVED: {
    fi: 'Myöntäjän allekirjoitusavainta ei saatu haettua: {reason}.',
    sv: 'Utfärdarens signeringsnyckel kunde inte hämtas: {reason}.',
    en: 'The issuer’s signing key could not be retrieved: {reason}.',
  },
  KEY_NOT_FOUND: {
    fi: 'Myöntäjän julkaisemissa tiedoissa ei ole allekirjoitusavainta {keyId}.',
    sv: 'Utfärdarens publicerade uppgifter innehåller inte signeringsnyckeln {keyId}.',
    en: 'The issuer’s published documents do not contain the signing key {keyId}.',
  },
  KEY_INVALID: {
    fi: 'Allekirjoitusavain on virheellinen tai väärää tyyppiä.',
    sv: 'Signeringsnyckeln är ogiltig eller av fel typ.',
    en: 'The signing key is invalid or of the wrong type.',
  },
  KEY_NOT_AUTHORIZED: {
    fi: 'Avainta {keyId} ei ole valtuutettu todistusten allekirjoittamiseen.',
    sv: 'Nyckeln {keyId} är inte godkänd för att signera intyg.',
    en: 'The key {keyId} is not authorised for signing credentials.',
  },
  KEY_CONTROLLER_MISMATCH: {
    fi: 'Allekirjoitusavain ei kuulu todistuksen myöntäjälle.',
    sv: 'Signeringsnyckeln tillhör inte intygets utfärdare.',
    en: 'The signing key does not belong to the credential’s issuer (the key controller does not match the issuer).',
  },
  KEY_BINDING_UNCHECKED: {
    fi: 'Avaimen ja myöntäjän yhteyttä ei voi tarkistaa, koska myöntäjän tunniste ei ole verkko-osoite eikä DID.',
    sv: 'Kopplingen mellan nyckeln och utfärdaren kan inte kontrolleras, eftersom utfärdarens identifierare varken är en webbadress eller en DID.',
    en: 'The link between the key and the issuer cannot be checked, because the issuer’s identifier is neither a web address nor a DID.',
  },
  KEY_UNCONFIRMED: {
    fi: 'Avain on nimetty vain todistuksessa itsessään; myöntäjän julkaisemista tiedoista sitä ei voitu vahvistaa.',
    sv: 'Nyckeln anges bara i själva intyget; den kunde inte bekräftas i utfärdarens publicerade uppgifter.',
    en: 'The key is named only in the credential itself; it could not be confirmed from the issuer’s published documents.',
  },
  KEY_EMBEDDED: {
    fi: 'Avain on upotettu todistukseen, joten sen kuulumista myöntäjälle ei voi tarkistaa.',
    sv: 'Nyckeln är inbäddad i intyget, så det går inte att kontrollera att den tillhör utfärdaren.',
    en: 'The key is embedded in the credential, so it cannot be checked that it belongs to the issuer.',
  },
  // validity-period
  VALID_NOW: {
    fi: 'Todistus on voimassa.',
    sv: 'Intyget är giltigt.',
    en: 'The credential is within its validity period.',
  },
  NOT_YET_VALID: {
    fi: 'Todistus ei ole vielä voimassa (voimassa {date} alkaen).',
    sv: 'Intyget är inte giltigt ännu (giltigt från {date}).',
    en: 'The credential is not valid yet (valid from {date}).',
  },
  EXPIRED: {
    fi: 'Todistuksen voimassaolo on päättynyt ({date}).',
    sv: 'Intygets giltighetstid har gått ut ({date}).',
    en: 'The credential has expired ({date}).',
  },
  DATE_MALFORMED: {
    fi: 'Todistuksen päivämäärä {field} on virheellinen: siinä pitää olla kellonaika ja aikavyöhyke.',
    sv: 'Datumet {field} i intyget är felaktigt: det ska innehålla klockslag och tidszon.',
    en: 'The date {field} is malformed: it must be a date and time with a time zone.',
  },
  VALIDITY_PERIOD_INVALID: {
    fi: 'Todistuksen voimassaolo päättyy ennen kuin se alkaa.',
    sv: 'Intygets giltighetstid slutar innan den börjar.',
    en: 'The credential’s validity period ends before it begins.',
  },
  // status
  STATUS_VALID: {
    fi: 'Todistusta ei ole peruttu eikä jäädytetty.',
    sv: 'Intyget har inte återkallats eller spärrats.',
    en: 'The credential has not been revoked or suspended.',
  },
  NO_STATUS: {
    fi: 'Todistuksessa ei ole tilatietoa, joten sen mahdollista perumista ei voi tarkistaa.',
    sv: 'Intyget har ingen statusinformation, så det går inte att kontrollera om det har återkallats.',
    en: 'The credential has no status information, so revocation cannot be checked.',
  },
  CREDENTIAL_REVOKED: {
    fi: 'Todistus on peruttu.',
    sv: 'Intyget har återkallats.',
    en: 'The credential has been revoked.',
  },
  CREDENTIAL_SUSPENDED: {
    fi: 'Todistus on jäädytetty toistaiseksi.',
    sv: 'Intyget är tillfälligt spärrat.',
    en: 'The credential has been suspended.',
  },
  STATUS_RETRIEVAL_ERROR: {
    fi: 'Todistuksen tilatietoa ei saatu haettua: {reason}.',
    sv: 'Intygets statusinformation kunde inte hämtas: {reason}.',
    en: 'The credential’s status could not be retrieved: {reason}.',
  },
  STATUS_VERIFICATION_ERROR: {
    fi: 'Tilalistan aitoutta ei voitu varmistaa.',
    sv: 'Statuslistans äkthet kunde inte bekräftas.',
    en: 'The status list could not be verified as genuine.',
  },
  STATUS_ENTRY_MALFORMED: {
    fi: 'Todistuksen tilatieto on virheellinen.',
    sv: 'Intygets statusuppgift är felaktig.',
    en: 'The credential’s status entry is malformed.',
  },
  STATUS_LIST_MALFORMED: {
    fi: 'Tilalista on virheellinen.',
    sv: 'Statuslistan är felaktig.',
    en: 'The status list is malformed.',
  },
  STATUS_INDEX_OUT_OF_RANGE: {
    fi: 'Todistuksen kohta tilalistassa on listan ulkopuolella.',
    sv: 'Intygets position i statuslistan ligger utanför listan.',
    en: 'The credential’s position lies outside the status list.',
  },
  STATUS_LIST_LENGTH_ERROR: {
    fi: 'Tilalista on suositeltua lyhyempi ({length} kohtaa), mikä heikentää todistusten haltijoiden yksityisyyttä.',
    sv: 'Statuslistan är kortare än rekommenderat ({length} poster), vilket försämrar innehavarnas integritet.',
    en: 'The status list is shorter than recommended ({length} entries), which weakens the holders’ privacy.',
  },
  STATUS_TYPE_UNSUPPORTED: {
    fi: 'Todistuksen tilatieto on muodossa, jota Osaamo ei osaa tarkistaa: {type}',
    sv: 'Intygets statusinformation har ett format som Osaamo inte kan kontrollera: {type}',
    en: 'The credential’s status uses a method Osaamo cannot check: {type}',
  },
  // schema
  SCHEMA_VALID: {
    fi: 'Todistus noudattaa Open Badges 3.0 -skeemaa.',
    sv: 'Intyget följer Open Badges 3.0-schemat.',
    en: 'The credential follows the Open Badges 3.0 schema.',
  },
  SCHEMA_INVALID: {
    fi: 'Todistus ei täysin noudata Open Badges 3.0 -skeemaa (poikkeamia: {count}).',
    sv: 'Intyget följer inte helt Open Badges 3.0-schemat (avvikelser: {count}).',
    en: 'The credential does not fully follow the Open Badges 3.0 schema (deviations: {count}).',
  },
  SCHEMA_NOT_APPLICABLE: {
    fi: 'Todistus ei ole Open Badge, joten sen rakennetta ei verrattu skeemaan.',
    sv: 'Intyget är inte ett Open Badge, så dess struktur jämfördes inte med något schema.',
    en: 'The credential is not an Open Badge, so its structure was not checked against a schema.',
  },
  // issuer-trust
  ISSUER_TRUSTED: {
    fi: 'Myöntäjä on luotettujen myöntäjien luettelossa.',
    sv: 'Utfärdaren finns i förteckningen över betrodda utfärdare.',
    en: 'The issuer is on the list of trusted issuers.',
  },
  ISSUER_NOT_TRUSTED: {
    fi: 'Myöntäjä ei ole luotettujen myöntäjien luettelossa; varmista myöntäjä muuta kautta.',
    sv: 'Utfärdaren finns inte i förteckningen över betrodda utfärdare; kontrollera utfärdaren på annat sätt.',
    en: 'The issuer is not on the list of trusted issuers; confirm who the issuer is in another way.',
  },
  NO_TRUST_LIST: {
    fi: 'Luotettujen myöntäjien luetteloa ei ole määritetty.',
    sv: 'Ingen förteckning över betrodda utfärdare har angetts.',
    en: 'No list of trusted issuers is configured.',
  },
  // checks that could not run because an earlier one failed
  NOT_CHECKED_UNREADABLE: {
    fi: 'Ei tarkistettu, koska todistusta ei voitu lukea.',
    sv: 'Inte kontrollerat, eftersom intyget inte kunde läsas.',
    en: 'Not checked, because the credential could not be read.',
  },
  NOT_CHECKED_CONTENT_INVALID: {
    fi: 'Ei tarkistettu, koska todistuksen sisältöä ei voitu tulkita yksiselitteisesti.',
    sv: 'Inte kontrollerat, eftersom intygets innehåll inte kunde tolkas entydigt.',
    en: 'Not checked, because the credential’s content could not be read unambiguously.',
  },
  NOT_CHECKED_NO_PROOF: {
    fi: 'Ei tarkistettu, koska todistuksessa ei ole tarkistettavaa allekirjoitusta.',
    sv: 'Inte kontrollerat, eftersom intyget saknar en signatur som kan kontrolleras.',
    en: 'Not checked, because the credential has no signature that can be checked.',
  },
  NOT_CHECKED_KEY_UNRESOLVED: {
    fi: 'Ei tarkistettu, koska myöntäjän allekirjoitusavainta ei saatu.',
    sv: 'Inte kontrollerat, eftersom utfärdarens signeringsnyckel inte kunde hämtas.',
    en: 'Not checked, because the issuer’s signing key could not be retrieved.',
  },
  NOT_CHECKED_SIGNATURE_UNCONFIRMED: {
    fi: 'Ei tarkistettu, koska todistuksen allekirjoitusta ei voitu vahvistaa.',
    sv: 'Inte kontrollerat, eftersom intygets signatur inte kunde bekräftas.',
    en: 'Not checked, because the credential’s signature could not be confirmed.',
  },
  CHECK_ERROR: {
    fi: 'Tätä kohtaa ei voitu tarkistaa odottamattoman virheen vuoksi.',
    sv: 'Den här punkten kunde inte kontrolleras på grund av ett oväntat fel.',
    en: 'This could not be checked because of an unexpected error.',
  },
} as const satisfies Record<string, Required<LanguageMap>>

export type VerificationCode = keyof typeof verificationMessages

/**
 * Why a document (a DID document, a key, a status list) could not be retrieved, in fi/sv/en; the
 * `{reason}` of KEY_UNRESOLVED and STATUS_RETRIEVAL_ERROR.
 */
export const retrievalReasons = {
  timeout: {
    fi: 'palvelin ei vastannut ajoissa',
    sv: 'servern svarade inte i tid',
    en: 'the server did not answer in time',
  },
  'http-error': {
    fi: 'palvelin vastasi virheellä',
    sv: 'servern svarade med ett fel',
    en: 'the server answered with an error',
  },
  'not-json': {
    fi: 'vastaus ei ollut JSON-muodossa',
    sv: 'svaret var inte JSON',
    en: 'the answer was not JSON',
  },
  'too-large': {
    fi: 'vastaus oli liian suuri',
    sv: 'svaret var för stort',
    en: 'the answer was too large',
  },
  'wrong-id': {
    fi: 'haettu asiakirja koskee eri tunnistetta',
    sv: 'det hämtade dokumentet gäller en annan identifierare',
    en: 'the document found is for a different identifier',
  },
  'network-error': {
    fi: 'palvelimeen ei saatu yhteyttä',
    sv: 'det gick inte att ansluta till servern',
    en: 'the server could not be reached',
  },
  'not-allowed': {
    fi: 'osoite ei ole sallittu (vain https)',
    sv: 'adressen är inte tillåten (endast https)',
    en: 'the address is not allowed (https only)',
  },
  unsupported: {
    fi: 'tällaista tunnistetta ei tueta',
    sv: 'den här typen av identifierare stöds inte',
    en: 'this kind of identifier is not supported',
  },
  invalid: {
    fi: 'tunniste on virheellinen',
    sv: 'identifieraren är ogiltig',
    en: 'the identifier is invalid',
  },
} as const satisfies Record<string, Required<LanguageMap>>

export type RetrievalReason = keyof typeof retrievalReasons

/** A value for a `{name}` placeholder: the same text in every language, or one per language. */
export type MessageValue = string | number | Required<LanguageMap>

/** The message of a code with its `{name}` placeholders filled in; unknown names stay as they are. */
export function verificationMessage(
  code: VerificationCode,
  values: { readonly [name: string]: MessageValue } = {},
): Required<LanguageMap> {
  const template: Required<LanguageMap> = verificationMessages[code]
  const fill = (text: string, language: keyof Required<LanguageMap>): string =>
    text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name]
      if (value === undefined) {
        return placeholder
      }
      return typeof value === 'object' ? value[language] : String(value)
    })
  return { fi: fill(template.fi, 'fi'), sv: fill(template.sv, 'sv'), en: fill(template.en, 'en') }
}

/** One check of a report, its message taken from {@link verificationMessages}. */
export function createVerificationCheck(
  id: VerificationCheckId,
  outcome: CheckOutcome,
  code: VerificationCode,
  options: {
    values?: { readonly [name: string]: MessageValue }
    details?: { readonly [key: string]: unknown }
  } = {},
): VerificationCheck {
  return {
    id,
    outcome,
    code,
    message: verificationMessage(code, options.values),
    ...(options.details === undefined ? {} : { details: options.details }),
  }
}

/** The verdict of a report: verified only when no check failed (warnings and skips do not count). */
export function isVerified(checks: readonly VerificationCheck[]): boolean {
  return checks.every((check) => check.outcome !== 'failed')
}
