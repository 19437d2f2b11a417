import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { toEmailIdentityObject } from './identity-object.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('the IdentityObject of an e-mail address', () => {
  it('gives the Open Badges example identity hash of a@example.com salted with Kosher', () => {
    expect(toEmailIdentityObject(' A@Example.com ', 'Kosher', sha256Hex)).toEqual({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
      salt: 'Kosher',
    })
  })
})
