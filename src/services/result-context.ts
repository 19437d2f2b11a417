import { AppError, type Offering, type Stores } from '../core/index.js'

/** Roles that record and import an organisation's assessment results. */
export const resultRecorderRoles = ['assessor', 'registrar', 'admin'] as const

/** What results of the offering are judged by: its version's grading scheme and supervision. */
export async function resultContextOf(
  stores: Stores,
  offering: Offering,
): Promise<{ gradingScheme: string | undefined; supervision: string | undefined }> {
  const version = await stores.specifications.findVersion(offering.versionId)
  if (version === undefined) {
    throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
  }
  return { gradingScheme: version.content.gradingScheme, supervision: version.content.supervision }
}
