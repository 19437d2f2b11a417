// Micro-credential specifications: the model, its vocabularies and its validation.

export * from './lifecycle.js'
export * from './specification.js'
export * from './validate-specification.js'
export * from './validation-messages.js'
export * from './version.js'
export * from './vocabularies.js'
