// Co-design with working life: partners' competence needs and how the catalogue answers them.

export * from './competence-need.js'
export * from './competence-need-problems.js'
export * from './insight.js'
export * from './need-matching.js'
export * from './skill-suggestions.js'
