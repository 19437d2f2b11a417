/**
 * A moment as `YYYY-MM-DDTHH:MM:SSZ`: UTC, whole seconds. VC 2.0 and OB 3.0 require a time zone
 * (DateTimeZ); leaving out the milliseconds is the form every verifier reads.
 * @see ../shared/reference/credentials.md §9 (pitfall 9)
 */
export function toDateTimeZ(moment: Date): string {
  return `${moment.toISOString().slice(0, 19)}Z`
}
