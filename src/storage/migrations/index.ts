import type { Migration } from 'kysely/migration'
import * as createOrganisations from './2026-11-28-1-create-organisations.js'
import * as createIdentity from './2026-11-28-2-create-identity.js'
import * as createOidc from './2026-11-28-3-create-oidc.js'
import * as createEmailVerification from './2026-11-28-4-create-email-verification.js'
import * as createEsco from './2026-11-28-5-create-esco.js'
import * as createSpecifications from './2026-11-28-6-create-specifications.js'
import * as createCatalogue from './2026-11-28-7-create-catalogue.js'
import * as createCredentials from './2026-11-28-8-create-credentials.js'
import * as indexCatalogueFilters from './2026-11-29-1-index-catalogue-filters.js'
import * as createOfferings from './2026-11-29-2-create-offerings.js'
import * as createCredentialOffers from './2026-11-29-3-create-credential-offers.js'
import * as createCohortIssuing from './2026-11-29-4-create-cohort-issuing.js'
import * as indexPendingLearners from './2026-11-29-5-index-pending-learners.js'
import * as createCompetenceNeeds from './2026-11-29-6-create-competence-needs.js'
import * as createPortfolio from './2026-11-29-7-create-portfolio.js'
import * as indexCatalogueSkills from './2026-11-29-8-index-catalogue-skills.js'
import * as createDesignWorkspaces from './2026-11-30-1-create-design-workspaces.js'
import * as createEndorsements from './2026-11-30-2-create-endorsements.js'
import * as createSkillSuggestionRejections from './2026-11-30-3-create-skill-suggestion-rejections.js'
import * as createReflectionsAndShares from './2026-11-30-4-create-reflections-and-shares.js'
import * as createStacks from './2026-11-30-5-create-stacks.js'
import * as createRecognition from './2026-11-30-7-create-recognition.js'

/**
 * Every migration. Listed here rather than read from the folder so that they work the same under
 * tsx, in a bundle and in tests. Kysely runs them in the order of their names (date, then a
 * number for the day); never rename or edit one that has landed.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-28-1-create-organisations': createOrganisations,
  '2026-11-28-2-create-identity': createIdentity,
  '2026-11-28-3-create-oidc': createOidc,
  '2026-11-28-4-create-email-verification': createEmailVerification,
  '2026-11-28-5-create-esco': createEsco,
  '2026-11-28-6-create-specifications': createSpecifications,
  '2026-11-28-7-create-catalogue': createCatalogue,
  '2026-11-28-8-create-credentials': createCredentials,
  '2026-11-29-1-index-catalogue-filters': indexCatalogueFilters,
  '2026-11-29-2-create-offerings': createOfferings,
  '2026-11-29-3-create-credential-offers': createCredentialOffers,
  '2026-11-29-4-create-cohort-issuing': createCohortIssuing,
  '2026-11-29-5-index-pending-learners': indexPendingLearners,
  '2026-11-29-6-create-competence-needs': createCompetenceNeeds,
  '2026-11-29-7-create-portfolio': createPortfolio,
  '2026-11-29-8-index-catalogue-skills': indexCatalogueSkills,
  '2026-11-30-1-create-design-workspaces': createDesignWorkspaces,
  '2026-11-30-2-create-endorsements': createEndorsements,
  '2026-11-30-3-create-skill-suggestion-rejections': createSkillSuggestionRejections,
  '2026-11-30-4-create-reflections-and-shares': createReflectionsAndShares,
  '2026-11-30-5-create-stacks': createStacks,
  '2026-11-30-7-create-recognition': createRecognition,
}
