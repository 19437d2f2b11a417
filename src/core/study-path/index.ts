// Study paths: from the learner's skills to a goal, through offerings, planned as a MIP.

export * from './explain-study-path.js'
export * from './greedy-study-path.js'
export * from './mip-model.js'
export * from './plan-study-path.js'
export * from './planning-space.js'
export * from './study-path.js'
export * from './study-path-request.js'
