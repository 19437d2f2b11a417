import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { type RunningServer, startServer } from '../test/support/run-osaamo.js'

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

/** A real `osaamo serve` on a fresh data directory, and a browser to visit it with. */
export type BrowserJourney = {
  readonly server: RunningServer
  readonly browser: Browser
  readonly dataDirectory: string
  close(): Promise<void>
}

/**
 * Starts Osaamo (first start: migrations and demo data) and Chromium side by side, and makes the
 * screenshots folder; `close()` stops both and removes the data directory.
 */
export async function startBrowserJourney(): Promise<BrowserJourney> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-e2e-'))
  await mkdir(new URL('./screenshots/', import.meta.url), { recursive: true })
  const [server, browser] = await Promise.all([
    startServer({ OSAAMO_DATA_DIR: dataDirectory }),
    launchBrowser(),
  ])
  return {
    server,
    browser,
    dataDirectory,
    close: async () => {
      await browser.close()
      await server.stop()
      await rm(dataDirectory, { recursive: true, force: true })
    },
  }
}
