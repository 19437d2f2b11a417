// Offerings: runs of published specification versions, their details and their lifecycle.

export * from './offering.js'
export * from './offering-lifecycle.js'
