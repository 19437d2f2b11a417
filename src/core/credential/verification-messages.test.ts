import { describe, expect, it } from 'vitest'
import {
  createVerificationCheck,
  isVerified,
  retrievalReasons,
  verificationMessage,
  verificationMessages,
} from './verification-messages.js'

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

describe('the verification messages', () => {
  it('exist in Finnish, Swedish and English with the same placeholders', () => {
    for (const [code, message] of Object.entries(verificationMessages)) {
      for (const text of [message.fi, message.sv, message.en]) {
        expect(text.trim(), code).not.toBe('')
        expect(placeholders(text), code).toEqual(placeholders(message.en))
      }
    }
  })

  it('fill placeholders, per language where the value is a text in each language', () => {
    expect(verificationMessage('KEY_UNRESOLVED', { reason: retrievalReasons.timeout })).toEqual({
      fi: 'Myöntäjän allekirjoitusavainta ei saatu haettua: palvelin ei vastannut ajoissa.',
      sv: 'Utfärdarens signeringsnyckel kunde inte hämtas: servern svarade inte i tid.',
      en: 'The issuer’s signing key could not be retrieved: the server did not answer in time.',
    })
    expect(verificationMessage('SCHEMA_INVALID', { count: 3 }).en).toContain('(deviations: 3)')
  })

  it('say plainly that a credential was revoked', () => {
    expect(verificationMessages.CREDENTIAL_REVOKED).toEqual({
      fi: 'Todistus on peruttu.',
      sv: 'Intyget har återkallats.',
      en: 'The credential has been revoked.',
    })
  })
})

describe('the verdict', () => {
  it('is verified when no check failed, whatever the warnings and skips', () => {
    const warning = createVerificationCheck('schema', 'warning', 'SCHEMA_INVALID')
    const skipped = createVerificationCheck('status', 'skipped', 'NO_STATUS')
    const failed = createVerificationCheck('status', 'failed', 'CREDENTIAL_REVOKED')
    expect(isVerified([warning, skipped])).toBe(true)
    expect(isVerified([warning, failed])).toBe(false)
  })
})
