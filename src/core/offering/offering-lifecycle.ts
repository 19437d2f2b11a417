import type { OfferingAction, OfferingState } from './offering.js'

const steps: Readonly<
  Record<OfferingAction, { from: readonly OfferingState[]; to: OfferingState }>
> = {
  open: { from: ['planned'], to: 'open' },
  start: { from: ['open'], to: 'running' },
  // A planned or open offering can be called off; a running one closes when it is over.
  close: { from: ['planned', 'open', 'running'], to: 'closed' },
}

/**
 * Where an action takes an offering: planned → open → running → closed, and closing from any
 * earlier state. Answers with the reason when the action does not fit the state.
 */
export function planOfferingTransition(
  state: OfferingState,
  action: OfferingAction,
): { isAllowed: true; to: OfferingState } | { isAllowed: false; reason: string } {
  const step = steps[action]
  if (!step.from.includes(state)) {
    return {
      isAllowed: false,
      reason: `An offering that is ${state} cannot ${action}; ${action} needs it ${step.from.join(' or ')}.`,
    }
  }
  return { isAllowed: true, to: step.to }
}
