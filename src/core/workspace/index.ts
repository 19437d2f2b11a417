// The shared design workspace of a draft: invited partner people, comments, suggested edits and
// the live events between everyone who has it open.

export * from './workspace.js'
export * from './workspace-anchors.js'
export * from './workspace-events.js'
export * from './workspace-input.js'
export * from './workspace-mail.js'
