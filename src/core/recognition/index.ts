// Recognition (hyväksiluku): targets, curriculum import, explained proposals, decisions, precedents.

export * from './credential-facts.js'
export * from './curriculum-csv.js'
export * from './outcome-similarity.js'
export * from './recognition-mail.js'
export * from './recognition-problems.js'
export * from './recognition-proposal.js'
export * from './recognition-record.js'
export * from './recognition-request.js'
export * from './recognition-store.js'
export * from './recognition-target.js'
