import { describe, expect, it } from 'vitest'
import { emptyBitstring, getBit, minimumStatusListLength, withBit } from './bitstring.js'

describe('a status list bitstring', () => {
  it('holds 131,072 entries by default, all unset', () => {
    const bits = emptyBitstring()
    expect(bits.length * 8).toBe(minimumStatusListLength)
    expect(bits.every((byte) => byte === 0)).toBe(true)
  })

  it('puts index 0 in the most significant bit of the first byte', () => {
    expect(withBit(emptyBitstring(16), 0, true)).toEqual(Uint8Array.of(0x80, 0))
    expect(withBit(emptyBitstring(16), 9, true)).toEqual(Uint8Array.of(0, 0x40))
  })

  it('sets and clears one bit without touching the others or the original', () => {
    const original = emptyBitstring(16)
    const set = withBit(withBit(original, 3, true), 4, true)
    expect([getBit(set, 3), getBit(set, 4), getBit(set, 5)]).toEqual([true, true, false])
    expect(getBit(withBit(set, 3, false), 3)).toBe(false)
    expect(getBit(original, 3)).toBe(false)
  })

  it('refuses an index outside the list', () => {
    expect(() => getBit(emptyBitstring(16), 16)).toThrow(RangeError)
    expect(() => withBit(emptyBitstring(16), -1, true)).toThrow(RangeError)
  })
})
