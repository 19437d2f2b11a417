import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserJourney } from './browser.js'

/** Undoes quoted-printable soft line breaks and escapes (nodemailer's text encoding). */
function decodeQuotedPrintable(text: string): string {
  return text
    .replaceAll(/=\r?\n/g, '')
    .replaceAll(/=([0-9A-F]{2})/g, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    )
}

/** The claim tokens in the mails to `emailAddress` in the data directory's mail folder. */
async function claimTokensIn(directory: string, emailAddress: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[])
  const tokens: string[] = []
  for (const name of names.filter((file) => file.endsWith('.eml'))) {
    const mail = decodeQuotedPrintable(await readFile(join(directory, name), 'utf8'))
    const match = /\/claim\/([A-Za-z0-9_%.-]+)/.exec(mail)
    if (mail.includes(emailAddress) && match?.[1] !== undefined) {
      tokens.push(decodeURIComponent(match[1]))
    }
  }
  return tokens
}

/**
 * The claim token mailed to `emailAddress` for the credential `credentialId` (the server delivers
 * its outbox every 2 s). The address may have other claim mails (the demo data's cohort mails the
 * demo learner too), so each token is asked which credential it claims.
 */
export async function claimTokenFor(
  journey: BrowserJourney,
  emailAddress: string,
  credentialId: string,
): Promise<string> {
  const asked = new Set<string>()
  for (let attempt = 0; attempt < 60; attempt += 1) {
    for (const token of await claimTokensIn(join(journey.dataDirectory, 'mail'), emailAddress)) {
      if (asked.has(token)) {
        continue
      }
      asked.add(token)
      const preview = await fetch(`${journey.server.url}/api/claims/${encodeURIComponent(token)}`)
      if (
        preview.ok &&
        ((await preview.json()) as { credentialId?: string }).credentialId === credentialId
      ) {
        return token
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no claim mail to ${emailAddress} for credential ${credentialId}`)
}
