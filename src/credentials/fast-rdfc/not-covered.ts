/**
 * Thrown inside the fast path when a document uses something it does not cover; the document
 * then goes to jsonld.js, which gives the answer (or the safe-mode error) the fast path would not
 * be sure of. `reason` says what it was, for tests and for the decision record.
 */
export class NotCovered {
  constructor(readonly reason: string) {}
}
