import type { SpecificationStatus } from './lifecycle.js'
import type { SpecificationContent } from './specification.js'

/** A micro-credential, owned by the organisation that created it; its content lives in versions. */
export type Specification = {
  readonly id: string
  readonly organisationId: string
  readonly createdAt: Date
}

/** One version of a specification. Drafts change; a version that has been published never does. */
export type SpecificationVersion = {
  readonly id: string
  readonly specificationId: string
  readonly organisationId: string
  /** 1, 2, 3, … within the specification. */
  readonly versionNumber: number
  readonly status: SpecificationStatus
  readonly content: SpecificationContent
  /** What changed since the previous version; empty for the first. */
  readonly changeLog: string
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly publishedAt: Date | undefined
  readonly reviewDueAt: Date | undefined
}

/** A QA reviewer's decision on a version, with the checklist as it stood. */
export type Review = {
  readonly id: string
  readonly versionId: string
  readonly reviewerId: string | undefined
  readonly decision: 'approve' | 'return'
  readonly reasons: string
  readonly blockingProblemCount: number
  readonly advisoryProblemCount: number
  readonly decidedAt: Date
}
