/**
 * The bits of a Bitstring Status List: index 0 is the most significant bit of the first byte.
 * @see https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding
 */
export const minimumStatusListLength = 131_072

/** A list of `length` bits, all 0 (length rounded up to whole bytes). */
export function emptyBitstring(length: number = minimumStatusListLength): Uint8Array {
  return new Uint8Array(Math.ceil(length / 8))
}

export function getBit(bits: Uint8Array, index: number): boolean {
  const byte = bits[index >> 3]
  if (byte === undefined || index < 0) {
    throw new RangeError(`status list index ${index} is outside the list`)
  }
  return (byte & (0x80 >> (index & 7))) !== 0
}

/** A copy of `bits` with the bit at `index` set to `value`. */
export function withBit(bits: Uint8Array, index: number, value: boolean): Uint8Array {
  getBit(bits, index)
  const copy = bits.slice()
  const mask = 0x80 >> (index & 7)
  copy[index >> 3] = value ? (copy[index >> 3] ?? 0) | mask : (copy[index >> 3] ?? 0) & ~mask
  return copy
}
