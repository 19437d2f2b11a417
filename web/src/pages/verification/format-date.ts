/** A date (and time) in the reader's language, in Finnish time whatever the device's zone. */
export function formatDate(iso: string, language: string, withTime = false): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return iso
  }
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Helsinki',
  }).format(date)
}
