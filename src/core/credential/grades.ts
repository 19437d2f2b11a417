/**
 * The grades that pass in each grading scheme of Finnish higher education: 1–5 on the 0–5 scale
 * (0 is a fail), "pass" on pass/fail. A credential is issued only for a passing grade.
 */
export const passingGrades: Readonly<Record<string, readonly string[]>> = {
  '0-5': ['1', '2', '3', '4', '5'],
  'pass-fail': ['pass'],
}

/** The passing grades of a scheme; a specification without a scheme is graded pass/fail. */
export function passingGradesOf(gradingScheme: string | undefined): readonly string[] {
  return passingGrades[gradingScheme ?? 'pass-fail'] ?? ['pass']
}
