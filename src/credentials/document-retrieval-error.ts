import type { RetrievalReason } from '../core/index.js'

/**
 * Why a DID document, key document or status list could not be had: the reason (which the
 * verification report words in fi/sv/en) and a technical message naming the address.
 */
export class DocumentRetrievalError extends Error {
  readonly reason: RetrievalReason

  constructor(reason: RetrievalReason, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DocumentRetrievalError'
    this.reason = reason
  }
}
