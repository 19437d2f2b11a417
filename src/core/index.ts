// The public surface of core: other layers import core only through this file.
export {
  AppError,
  allErrorCodes,
  type ErrorCode,
  type ErrorDetails,
  errorCodes,
  isAppError,
} from './errors.js'
export {
  fallbackOrder,
  isLanguage,
  type Language,
  type LanguageMap,
  languages,
  pickLanguage,
} from './language.js'
export {
  isValidSlug,
  type NewOrganisation,
  type Organisation,
  type OrganisationKind,
  organisationKinds,
} from './organisation.js'
export type {
  Clock,
  DatabaseProbe,
  IdGenerator,
  OrganisationStore,
  SettingStore,
  Stores,
  UnitOfWork,
} from './ports.js'
