import { describe, expect, it } from 'vitest'
import { nextReviewDate, planTransition } from './lifecycle.js'

const clean = { reason: undefined, hasBlockingProblems: false }

describe('planTransition', () => {
  it('walks a version from draft to retired with the right roles', () => {
    expect(planTransition('draft', 'submit', { ...clean, roles: ['designer'] })).toEqual({
      isAllowed: true,
      to: 'in-review',
    })
    expect(planTransition('in-review', 'approve', { ...clean, roles: ['qa-reviewer'] })).toEqual({
      isAllowed: true,
      to: 'approved',
    })
    expect(planTransition('approved', 'publish', { ...clean, roles: ['admin'] })).toEqual({
      isAllowed: true,
      to: 'published',
    })
    expect(
      planTransition('published', 'retire', {
        ...clean,
        reason: 'Replaced by a new version',
        roles: ['admin'],
      }),
    ).toEqual({
      isAllowed: true,
      to: 'retired',
    })
  })

  it('returns a version to draft only with a reason', () => {
    expect(
      planTransition('in-review', 'return', { ...clean, roles: ['qa-reviewer'] }),
    ).toMatchObject({ isAllowed: false, kind: 'reason' })
    expect(
      planTransition('in-review', 'return', {
        ...clean,
        reason: 'Outcome 2 is vague',
        roles: ['qa-reviewer'],
      }),
    ).toEqual({
      isAllowed: true,
      to: 'draft',
    })
  })

  it('refuses a step from the wrong state, saying which state it needs', () => {
    const outcome = planTransition('published', 'approve', { ...clean, roles: ['qa-reviewer'] })
    expect(outcome).toMatchObject({ isAllowed: false, kind: 'state' })
    expect(outcome.isAllowed === false && outcome.reason).toContain(
      'A published version cannot be approved: it must be in-review first.',
    )
  })

  it('refuses a step to someone without the role, even an admin approving', () => {
    expect(
      planTransition('in-review', 'approve', { ...clean, roles: ['designer', 'admin'] }),
    ).toMatchObject({ isAllowed: false, kind: 'role' })
  })

  it('keeps a draft with blocking problems out of review', () => {
    expect(
      planTransition('draft', 'submit', {
        reason: undefined,
        hasBlockingProblems: true,
        roles: ['designer'],
      }),
    ).toMatchObject({
      isAllowed: false,
      kind: 'problems',
    })
  })
})

describe('nextReviewDate', () => {
  it('is a year after publication', () => {
    expect(nextReviewDate(new Date('2026-11-28T10:00:00Z')).toISOString()).toBe(
      '2027-11-28T10:00:00.000Z',
    )
  })
})
