import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium; never a downloaded browser. `.ci/run` installs it with apt-get. */
export const chromiumPath = '/usr/bin/chromium'

export const isBrowserAvailable = existsSync(chromiumPath)

/** Set by .ci/run: there the browser tests must run, never skip. */
export const isBrowserRequired = process.env.OSAAMO_REQUIRE_BROWSER === '1'

export const browserSkipReason = `no browser at ${chromiumPath}: install Debian's chromium package (apt-get install chromium)`

/** Headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
