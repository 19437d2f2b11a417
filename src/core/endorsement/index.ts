// Partners' sign-offs of specification versions, as Open Badges 3.0 EndorsementCredentials.

export * from './content-fingerprint.js'
export * from './endorsement.js'
export * from './to-endorsement-credential.js'
