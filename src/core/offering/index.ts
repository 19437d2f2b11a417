// Offerings: runs of published specification versions, their details and their lifecycle.

export * from './assessment-result.js'
export * from './csv-table.js'
export * from './enrolment.js'
export * from './issuing-run.js'
export * from './offering.js'
export * from './offering-lifecycle.js'
export * from './offering-problems.js'
