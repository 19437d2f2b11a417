import { existsSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

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

/** A page in a context of its own (axe needs the context), with the given locale and viewport. */
export async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options)
  return context.newPage()
}

/** Runs axe with the WCAG 2.1 A and AA rules and expects no violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}
