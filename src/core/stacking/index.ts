// Stacks: how an institution's credentials add up to a larger whole, and a learner's progress.

export * from './assign-parts.js'
export * from './evaluate-stack.js'
export * from './stack.js'
export * from './stack-store.js'
export * from './stackable-credential.js'
export * from './to-stack-credential.js'
