import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'

const screenshots = new URL('./screenshots/', import.meta.url)

const expected = {
  fi: {
    button: 'Suomi',
    title: 'Osaamista, joka näkyy ja kelpaa',
    organisation: 'Kaarnalan avoin yliopisto',
  },
  sv: {
    button: 'Svenska',
    title: 'Kompetens som syns och räknas',
    organisation: 'Kaarnala öppna universitet',
  },
  en: {
    button: 'English',
    title: 'Competence that shows and counts',
    organisation: 'Kaarnala Open University',
  },
} as const

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)('the home page in Chromium', () => {
  let journey: BrowserJourney
  beforeAll(async () => {
    journey = await startBrowserJourney()
  }, 90_000)
  afterAll(() => journey?.close())

  it('greets a Finnish visitor in Finnish and lists the demo organisations', async () => {
    const page = await newPage(journey.browser, { locale: 'fi-FI' })
    await page.goto(journey.server.url)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(expected.fi.title)
    await page.getByText(expected.fi.organisation).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('fi')
    await page.context().close()
  })

  it.each(['fi', 'sv', 'en'] as const)(
    'switches to %s, remembers it after a reload, and has no axe violations',
    async (language) => {
      const page = await newPage(journey.browser, { locale: 'fi-FI' })
      await page.goto(journey.server.url)
      await page.getByRole('button', { name: expected[language].button }).click()
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(expected[language].title)
      await page.reload()
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(expected[language].title)
      expect(await page.getAttribute('html', 'lang')).toBe(language)
      await page.getByText(expected[language].organisation).waitFor()
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: new URL(`home-${language}.png`, screenshots).pathname,
        fullPage: true,
      })
      await page.context().close()
    },
  )

  it('offers a skip link as the first keyboard stop', async () => {
    const page = await newPage(journey.browser, { locale: 'en-GB' })
    await page.goto(journey.server.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.context().close()
  })

  it('searches the catalogue from the front page, by keyboard alone', async () => {
    const page = await newPage(journey.browser, { locale: 'en-GB' })
    await page.goto(journey.server.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByLabel('Search micro-credentials').focus()
    await page.keyboard.type('tietoturva')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/catalogue\?q=tietoturva$/)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expectNoAxeViolations(page)
    await page.context().close()
  })

  it('leads each audience on: the catalogue, design and verification', async () => {
    const page = await newPage(journey.browser, { locale: 'en-GB' })
    await page.goto(journey.server.url)
    for (const [name, path] of [
      ['Browse the catalogue', '/catalogue'],
      ['Design and issue', '/design'],
      ['Verify a credential', '/verify'],
    ] as const) {
      const link = page.getByRole('main').getByRole('link', { name, exact: true })
      expect(await link.getAttribute('href')).toBe(path)
    }
    await page.context().close()
  })

  it.each(['fi', 'sv', 'en'] as const)(
    'says so in %s, keeping the header, when a page’s code cannot be loaded',
    async (language) => {
      const page = await newPage(journey.browser, {
        locale: { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' }[language],
      })
      // The verification page's code fails to arrive, as when a connection drops or a new
      // release has replaced the files.
      await page.route(/\/assets\/verify-page-[^/]*\.js$/, (route) => route.abort())
      await page.goto(`${journey.server.url}/verify`)
      const titles = {
        fi: 'Sivua ei voitu näyttää',
        sv: 'Sidan kunde inte visas',
        en: 'The page could not be shown',
      }
      await page.getByRole('heading', { level: 1, name: titles[language] }).waitFor()
      expect(await page.getByRole('alert').count()).toBeGreaterThan(0)
      expect(await page.getByRole('banner').getByRole('link').count()).toBeGreaterThan(0)
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: new URL(`page-failed-${language}.png`, screenshots).pathname,
        fullPage: true,
      })
      // Another page works again, without a reload.
      await page.getByRole('banner').getByRole('link', { name: 'Osaamo', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: expected[language].title }).waitFor()
      await page.context().close()
    },
  )

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const page = await newPage(journey.browser, {
      locale: 'fi-FI',
      viewport: { width: 360, height: 740 },
    })
    await page.goto(journey.server.url)
    await page.getByText(expected.fi.organisation).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: new URL('home-360px.png', screenshots).pathname, fullPage: true })
    await page.context().close()
  })
})

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the home page in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
