import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { type AuditEntry, auditEntryContent, checkAuditChain, genesisHash } from './audit.js'

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

function buildChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = []
  for (let position = 1; position <= length; position += 1) {
    const unhashed = {
      position,
      occurredAt: new Date(Date.UTC(2026, 10, 28, 12, position)),
      actor: { kind: 'person', id: `00000000-0000-4000-8000-00000000000${position}` } as const,
      organisationId: undefined,
      action: 'session.started',
      subject: { sessionId: `s${position}`, personId: `p${position}` },
      previousHash: entries.at(-1)?.hash ?? genesisHash,
    }
    entries.push({ ...unhashed, hash: sha256Hex(auditEntryContent(unhashed)) })
  }
  return entries
}

describe('checkAuditChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(checkAuditChain(buildChain(4), sha256Hex)).toEqual({ isIntact: true, entryCount: 4 })
    expect(checkAuditChain([], sha256Hex)).toEqual({ isIntact: true, entryCount: 0 })
  })

  it('names an entry whose content was changed', () => {
    const chain = buildChain(4)
    chain[2] = { ...(chain[2] as AuditEntry), action: 'session.ended' }
    expect(checkAuditChain(chain, sha256Hex)).toMatchObject({ isIntact: false, firstBroken: 3 })
  })

  it('names the entry after one that was rewritten with a fresh hash', () => {
    const chain = buildChain(4)
    const { hash: _old, ...rewritten } = { ...(chain[1] as AuditEntry), action: 'person.erased' }
    chain[1] = { ...rewritten, hash: sha256Hex(auditEntryContent(rewritten)) }
    expect(checkAuditChain(chain, sha256Hex)).toMatchObject({ isIntact: false, firstBroken: 3 })
  })

  it('notices a deleted entry', () => {
    const chain = buildChain(4)
    chain.splice(1, 1)
    expect(checkAuditChain(chain, sha256Hex)).toMatchObject({
      isIntact: false,
      firstBroken: 3,
      reason: 'entry 2 is missing',
    })
  })

  it('hashes the same subject the same way whatever its key order', () => {
    const [entry] = buildChain(1)
    if (entry === undefined) {
      throw new TypeError('no entry')
    }
    const reordered = { ...entry, subject: { personId: 'p1', sessionId: 's1' } }
    expect(auditEntryContent(reordered)).toBe(auditEntryContent(entry))
  })
})
