export {
  type CredentialImportProblem,
  duplicateKeyOf,
  type ImportedCredential,
  type ImportOrigin,
  importOrigins,
  issuedKeyOf,
  maximumImportBytes,
  type ReadCredential,
  readImportedCredential,
  stableJson,
} from './imported-credential.js'
export {
  type EctsTotal,
  type PortfolioItem,
  type ProfileSkill,
  type SkillSource,
  type SkillsProfile,
  skillsProfileOf,
} from './skills-profile.js'
