import { describe, expect, it } from 'vitest'
import { languages } from '../language.js'
import { toClaimLinkMail, toCredentialStatusMail } from './claim-mail.js'
import { credentialFileName, credentialNamesOf } from './credential-names.js'
import { credentialStatusActions } from './issued-credential.js'

const link = 'http://localhost:3000/claim/osaamo_cl_abc'
const claimContent = {
  achievementName: 'Data-analytiikan perusteet',
  issuerName: 'Kaarnala Open University',
  link,
  // 22:30 UTC on 27 December is already 28 December in Helsinki.
  expiresAt: new Date('2026-12-27T22:30:00Z'),
}

describe('toClaimLinkMail', () => {
  it('names the achievement and the issuer and carries the link in every language', () => {
    for (const language of languages) {
      const mail = toClaimLinkMail(language, claimContent)
      expect(mail.subject).toContain('Data-analytiikan perusteet')
      expect(mail.text).toContain('Kaarnala Open University')
      expect(mail.text).toContain(`\n${link}\n`)
    }
  })

  it('writes each language’s own words', () => {
    expect(toClaimLinkMail('fi', claimContent).subject).toBe(
      'Osaamismerkkisi odottaa: Data-analytiikan perusteet',
    )
    expect(toClaimLinkMail('sv', claimContent).text).toMatch(/^Hej,/)
    expect(toClaimLinkMail('en', claimContent).text).toMatch(/^Hello,/)
  })

  it('gives the last day as the calendar day in Helsinki, written as the language writes dates', () => {
    expect(toClaimLinkMail('fi', claimContent).text).toContain('voimassa 28.12.2026 asti')
    expect(toClaimLinkMail('sv', claimContent).text).toContain('till och med 2026-12-28')
    expect(toClaimLinkMail('en', claimContent).text).toContain('valid until 28 December 2026')
  })

  it('keeps the subject on one line when a name has line breaks', () => {
    const mail = toClaimLinkMail('en', { ...claimContent, achievementName: 'Data\r\nBcc: x@y.z' })
    expect(mail.subject).toBe('Your micro-credential is waiting: Data Bcc: x@y.z')
  })
})

describe('toCredentialStatusMail', () => {
  const statusContent = {
    achievementName: 'Data-analytiikan perusteet',
    issuerName: 'Kaarnala Open University',
    reason: 'Arviointi mitätöity',
    verificationUrl: 'http://localhost:3000/verify/1234',
  }

  it('says what changed, why, and where to check, for every action and language', () => {
    for (const language of languages) {
      const subjects = new Set<string>()
      for (const action of credentialStatusActions) {
        const mail = toCredentialStatusMail(language, { ...statusContent, action })
        subjects.add(mail.subject)
        expect(mail.subject).toContain('Data-analytiikan perusteet')
        expect(mail.text).toContain('Arviointi mitätöity')
        expect(mail.text).toContain('http://localhost:3000/verify/1234')
        expect(mail.text).toContain('Kaarnala Open University')
      }
      expect(subjects.size).toBe(credentialStatusActions.length)
    }
  })

  it('tells a revocation in Finnish', () => {
    const mail = toCredentialStatusMail('fi', { ...statusContent, action: 'revoke' })
    expect(mail.subject).toBe('Osaamismerkkisi on peruttu: Data-analytiikan perusteet')
    expect(mail.text).toContain('Syy: Arviointi mitätöity')
  })

  it('tells a suspension in Swedish and a reinstatement in English', () => {
    expect(toCredentialStatusMail('sv', { ...statusContent, action: 'suspend' }).subject).toBe(
      'Din mikromerit har spärrats tillfälligt: Data-analytiikan perusteet',
    )
    expect(toCredentialStatusMail('en', { ...statusContent, action: 'reinstate' }).text).toContain(
      'has lifted the suspension',
    )
  })
})

describe('credentialNamesOf', () => {
  it('reads the achievement’s and the issuer’s names from an Open Badge', () => {
    const credential = {
      issuer: { id: 'did:web:example', name: 'Kaarnala' },
      credentialSubject: { achievement: { name: 'Tietoturva' } },
    }
    expect(credentialNamesOf(credential, 'fi')).toEqual({
      achievementName: 'Tietoturva',
      issuerName: 'Kaarnala',
    })
  })

  it('picks a language map’s text in the language, with the fallback order', () => {
    const credential = {
      issuer: { id: 'did:web:example', name: { fi: 'Kaarnala', en: 'Kaarnala Open' } },
      credentialSubject: {
        achievement: { name: { fi: 'Tietoturva', sv: 'Informationssäkerhet' } },
      },
    }
    expect(credentialNamesOf(credential, 'sv')).toEqual({
      achievementName: 'Informationssäkerhet',
      issuerName: 'Kaarnala',
    })
  })

  it('falls back to the credential’s name and the issuer’s id', () => {
    expect(credentialNamesOf({ name: 'Badge', issuer: 'did:web:example' }, 'en')).toEqual({
      achievementName: 'Badge',
      issuerName: 'did:web:example',
    })
  })
})

describe('credentialFileName', () => {
  it('makes lower-case ASCII words of the achievement’s name, then the id', () => {
    expect(credentialFileName('Äidinkieli & Ölkkäys: Perusteet!', 'abc', 'json')).toBe(
      'aidinkieli-olkkays-perusteet-abc.json',
    )
  })

  it('names a credential without a usable name plainly', () => {
    expect(credentialFileName('—', 'abc', 'jwt')).toBe('credential-abc.jwt')
  })
})
