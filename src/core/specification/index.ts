// Micro-credential specifications: the model, its vocabularies and its validation.

export * from './catalogue.js'
export * from './export-context.js'
export * from './from-specification-csv.js'
export * from './from-specification-json.js'
export * from './lifecycle.js'
export * from './specification.js'
export * from './to-achievement.js'
export * from './to-elm-specification.js'
export * from './validate-specification.js'
export * from './validation-messages.js'
export * from './version.js'
export * from './vocabularies.js'
