import type { Page } from 'playwright-core'
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
const password = 'osaamo-demo-2026'
const day = 24 * 60 * 60 * 1000

const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const

/** The demo micro-credential the journeys look for, and what its page says in each language. */
const python = {
  word: 'python',
  title: {
    fi: 'Ohjelmoinnin perusteet Pythonilla',
    sv: 'Grunderna i programmering med Python',
    en: 'Programming basics with Python',
  },
} as const

const catalogueTitle = {
  fi: 'Mikrotutkintojen luettelo',
  sv: 'Katalog över mikromeriter',
  en: 'Micro-credential catalogue',
} as const

type SignedIn = { cookie: string; csrfToken: string }

/** Signs in through the API, as the browser would, for the test's own set-up requests. */
async function signInWithApi(baseUrl: string, emailAddress: string): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ emailAddress, password }),
  })
  if (!response.ok) {
    throw new Error(`sign-in of ${emailAddress} answered ${response.status}`)
  }
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((cookie) => cookie.startsWith('osaamo_session='))
  if (session === undefined) {
    throw new Error('sign-in set no session cookie')
  }
  const body = (await response.json()) as { csrfToken: string }
  return { cookie: session, csrfToken: body.csrfToken }
}

async function postAs<T>(baseUrl: string, as: SignedIn, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      cookie: as.cookie,
      'x-csrf-token': as.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as T
}

/** Plans and opens an offering whose enrolment is open now, as the demo registrar. */
async function openOffering(
  baseUrl: string,
  registrar: SignedIn,
  specificationId: string,
  details: { startsInDays: number; seatLimit: number; courseCode: string },
): Promise<string> {
  const now = Date.now()
  const dateOf = (offset: number) => new Date(now + offset * day).toISOString().slice(0, 10)
  const offering = await postAs<{ id: string }>(
    baseUrl,
    registrar,
    `/api/specifications/${specificationId}/offerings`,
    {
      startsOn: dateOf(details.startsInDays),
      endsOn: dateOf(details.startsInDays + 50),
      enrolmentOpensAt: new Date(now - day).toISOString(),
      enrolmentClosesAt: new Date(now + 20 * day).toISOString(),
      seatLimit: details.seatLimit,
      priceCents: 7500,
      formOfParticipation: 'online',
      languageOfInstruction: 'fi',
      teachers: ['Tuula Opettaja'],
      courseCode: details.courseCode,
    },
  )
  await postAs(baseUrl, registrar, `/api/offerings/${offering.id}/transitions`, {
    action: 'open',
  })
  return offering.id
}

/** Presses Tab until the element matching the selector has the focus (keyboard only). */
async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) {
      return
    }
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the catalogue and the micro-credential page in Chromium',
  () => {
    let journey: BrowserJourney
    let baseUrl: string
    let pythonId: string

    beforeAll(async () => {
      journey = await startBrowserJourney()
      baseUrl = journey.server.url
      const found = await fetch(`${baseUrl}/api/catalogue?q=${python.word}`)
      const results = (await found.json()) as {
        items: { specificationId: string; title: { en?: string } }[]
      }
      const item = results.items.find((candidate) => candidate.title.en === python.title.en)
      if (item === undefined) {
        throw new Error('the demo catalogue has no Python micro-credential')
      }
      pythonId = item.specificationId
      const registrar = await signInWithApi(baseUrl, 'registrar@demo.osaamo.fi')
      await openOffering(baseUrl, registrar, pythonId, {
        startsInDays: 30,
        seatLimit: 30,
        courseCode: 'KAA-PY-OPEN',
      })
      // A one-seat offering that the registrar fills, so that the learner meets OFFERING_FULL.
      const fullId = await openOffering(baseUrl, registrar, pythonId, {
        startsInDays: 60,
        seatLimit: 1,
        courseCode: 'KAA-PY-FULL',
      })
      await postAs(baseUrl, registrar, `/api/offerings/${fullId}/enrolments`)
    }, 120_000)
    afterAll(() => journey?.close())

    it('finds a micro-credential by a word and a filter, opens it and reads every element', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/`)
      await page.getByRole('banner').getByRole('link', { name: 'Catalogue' }).click()
      await page.getByRole('heading', { level: 1, name: catalogueTitle.en }).waitFor()

      await page.getByLabel('Search words').fill(python.word)
      await page.getByLabel('Form of participation').selectOption('online')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      await page.waitForURL(/\/catalogue\?q=python&form=online$/)
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'found' }).textContent())
        .toMatch(/^\d+ micro-credentials? found/)
      const card = page.getByRole('article').filter({ hasText: python.title.en })
      await expect.poll(() => card.textContent()).toContain('5 ECTS credits')
      const cardText = await card.textContent()
      expect(cardText).toContain('Kaarnala Open University')
      expect(cardText).toContain('EQF level 6')
      expect(cardText).toContain('Online')
      expect(cardText).toContain('Finnish, English')
      expect(cardText).toContain('€75.00')
      await page.screenshot({ path: new URL('catalogue-search-en.png', screenshots).pathname })

      await card.getByRole('link', { name: python.title.en }).click()
      await page.waitForURL(`${baseUrl}/catalogue/${pythonId}`)
      await page.getByRole('heading', { level: 1, name: python.title.en }).waitFor()
      await expect.poll(() => page.title()).toBe(`${python.title.en} – Osaamo`)
      const main = page.getByRole('main')
      for (const heading of [
        'At a glance',
        'Offerings and enrolment',
        'Learning outcomes',
        'Assessment and quality',
        'Prerequisites, stacking and validity',
        'Provider',
      ]) {
        await main.getByRole('heading', { level: 2, name: heading }).waitFor()
      }
      const text = (await main.textContent()) ?? ''
      for (const expected of [
        'Awarded by Kaarnala Open University',
        '5 ECTS credits · 135 hours of work',
        'EQF level 6',
        'Skills and knowledge (ESCO):',
        'Supervision and identity verification',
        'Not supervised; identity not checked',
        'Quality assurance',
        'audited by FINEEC',
        'Can be combined into:',
        'Foundations of software development 15 ECTS',
        'Validity',
        'Uusimaa, Finland',
        'KAA-PY-OPEN',
      ]) {
        expect(text).toContain(expected)
      }
      await page.getByRole('link', { name: 'Sign in to enrol' }).first().waitFor()
      await page.screenshot({
        path: new URL('catalogue-micro-credential-en.png', screenshots).pathname,
        fullPage: true,
      })

      await page.goBack()
      await page.waitForURL(/\/catalogue\?q=python&form=online$/)
      expect(await page.getByLabel('Search words').inputValue()).toBe(python.word)
      await page.getByRole('link', { name: python.title.en }).waitFor()
      await page.context().close()
    })

    it('restores a shared search from its address after a reload', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/catalogue?q=python&language=en&eqf=6`)
      await page.getByRole('link', { name: python.title.en }).waitFor()
      await page.reload()
      await page.getByRole('link', { name: python.title.en }).waitFor()
      expect(await page.getByLabel('Search words').inputValue()).toBe(python.word)
      expect(await page.getByLabel('Language of instruction').inputValue()).toBe('en')
      expect(await page.getByLabel('Level (EQF)').inputValue()).toBe('6')
      await expect.poll(() => page.title()).toBe('Search: python – Osaamo')
      await page.context().close()
    })

    it('shows each bad number beside its field with a summary, and an empty result plainly', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/catalogue`)
      await page.getByLabel('Size at least (ECTS)').fill('10')
      await page.getByLabel('Size at most (ECTS)').fill('2')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      const summary = page.getByRole('alert').filter({ hasText: 'Check the search' })
      await summary.waitFor()
      expect(await summary.textContent()).toContain('The largest size must not be smaller')
      expect(await page.getByLabel('Size at most (ECTS)').getAttribute('aria-describedby')).toBe(
        'catalogue-ectsMax-error',
      )
      expect(await page.getByLabel('Size at least (ECTS)').inputValue()).toBe('10')
      await expectNoAxeViolations(page)
      await page.screenshot({ path: new URL('catalogue-problems-en.png', screenshots).pathname })

      await page.goto(`${baseUrl}/catalogue?q=zzyzxnotaword`)
      await page.getByText('No micro-credentials match the search.').waitFor()
      await page.context().close()
    })

    it('goes from a search to a micro-credential with the keyboard alone', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/catalogue`)
      await page.getByRole('heading', { level: 1, name: catalogueTitle.en }).waitFor()
      await tabTo(page, '#catalogue-q')
      await page.keyboard.type(python.word)
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/catalogue\?q=python$/)
      await page.getByRole('link', { name: python.title.en }).waitFor()
      await tabTo(page, `a[href="/catalogue/${pythonId}"]`)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: python.title.en }).waitFor()
      await tabTo(page, 'a[href^="/sign-in?returnTo="]')
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''),
      ).toContain(encodeURIComponent(`/catalogue/${pythonId}`))
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'has no axe violations on either page in %s, also 360 px wide',
      async (language) => {
        for (const width of [1280, 360]) {
          const page = await newPage(journey.browser, {
            locale: locales[language],
            viewport: { width, height: 800 },
          })
          await page.goto(`${baseUrl}/catalogue?q=python`)
          await page.getByRole('heading', { level: 1, name: catalogueTitle[language] }).waitFor()
          await page.getByRole('link', { name: python.title[language] }).waitFor()
          expect(await page.getAttribute('html', 'lang')).toBe(language)
          await expectNoAxeViolations(page)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(width)
          await page.screenshot({
            path: new URL(`catalogue-search-${language}-${width}.png`, screenshots).pathname,
            fullPage: true,
          })

          await page.goto(`${baseUrl}/catalogue/${pythonId}`)
          await page.getByRole('heading', { level: 1, name: python.title[language] }).waitFor()
          await page.locator('.catalogue-offering').first().waitFor()
          await expectNoAxeViolations(page)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(width)
          await page.screenshot({
            path: new URL(`catalogue-micro-credential-${language}-${width}.png`, screenshots)
              .pathname,
            fullPage: true,
          })
          await page.context().close()
        }
      },
    )

    it('pages through many results, each page with its own address', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      const real = (await (await fetch(`${baseUrl}/api/catalogue?q=python`)).json()) as {
        items: { specificationId: string }[]
      }
      const offsets: string[] = []
      // 25 results without 25 demo micro-credentials: the same one under ten made-up ids a page.
      await page.route(/\/api\/catalogue\?/, async (route) => {
        const offset = new URL(route.request().url()).searchParams.get('offset') ?? ''
        offsets.push(offset)
        const items = Array.from({ length: offset === '20' ? 5 : 10 }, (_, index) => ({
          ...real.items[0],
          specificationId: `00000000-0000-4000-8000-0000000000${String(Number(offset) + index).padStart(2, '0')}`,
        }))
        await route.fulfill({ json: { total: 25, items } })
      })
      await page.goto(`${baseUrl}/catalogue?q=python`)
      await page.getByText('25 micro-credentials found, showing 1–10.').waitFor()
      const pages = page.getByRole('navigation', { name: 'Result pages' })
      await pages.getByRole('link', { name: 'Next page' }).click()
      await page.waitForURL(/\/catalogue\?q=python&page=2$/)
      await page.getByText('25 micro-credentials found, showing 11–20.').waitFor()
      expect(await pages.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe(
        'page',
      )
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('Results')
      await pages.getByRole('link', { name: 'Page 3' }).click()
      await page.getByText('25 micro-credentials found, showing 21–25.').waitFor()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: new URL('catalogue-pages-en.png', screenshots).pathname })
      await page.goBack()
      await page.getByText('25 micro-credentials found, showing 11–20.').waitFor()
      expect(offsets).toEqual(['0', '10', '20', '10'])
      await page.context().close()
    })

    it('says so when the catalogue or a micro-credential cannot be loaded', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.route(/\/api\/catalogue/, (route) =>
        route.fulfill({ status: 503, json: { code: 'SERVICE_UNAVAILABLE' } }),
      )
      await page.goto(`${baseUrl}/catalogue?q=python`)
      await page
        .getByRole('alert')
        .filter({ hasText: 'The catalogue could not be searched just now.' })
        .waitFor()
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: new URL('catalogue-search-failed-en.png', screenshots).pathname,
      })

      await page.goto(`${baseUrl}/catalogue/${pythonId}`)
      await page
        .getByRole('heading', { level: 1, name: 'The micro-credential could not be shown' })
        .waitFor()
      await page.unroute(/\/api\/catalogue/)
      await page.getByRole('button', { name: 'Try again' }).click()
      await page.getByRole('heading', { level: 1, name: python.title.en }).waitFor()
      await page.context().close()
    })

    it('tells plainly that an unknown micro-credential does not exist', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/catalogue/00000000-0000-4000-8000-000000000000`)
      await page.getByRole('heading', { level: 1, name: 'Micro-credential not found' }).waitFor()
      await page.getByRole('link', { name: 'Back to the catalogue' }).waitFor()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: new URL('catalogue-not-found-en.png', screenshots).pathname })
      await page.goto(`${baseUrl}/catalogue/not-an-id`)
      await page.getByRole('heading', { level: 1, name: 'Micro-credential not found' }).waitFor()
      await page.context().close()
    })

    it('lets a learner sign in, enrol in an open offering, and tells them when one is full', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${baseUrl}/catalogue/${pythonId}`)
      await page.getByRole('link', { name: 'Sign in to enrol' }).first().click()
      await page.waitForURL(/\/sign-in\?returnTo=/)
      await page.getByLabel('E-mail address').fill('learner@demo.osaamo.fi')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('banner').getByRole('link', { name: 'Sanni Laine' }).waitFor()
      if (!page.url().endsWith(`/catalogue/${pythonId}`)) {
        await page.goto(`${baseUrl}/catalogue/${pythonId}`)
      }
      await page.getByRole('heading', { level: 1, name: python.title.en }).waitFor()

      const open = page.locator('.catalogue-offering').filter({ hasText: 'KAA-PY-OPEN' })
      await open.getByRole('button', { name: 'Enrol' }).click()
      const done = open.locator('.hds-notification--success')
      await done.waitFor()
      expect(await done.textContent()).toContain('You are enrolled')
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain('Your enrolment has been received')
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: new URL('catalogue-enrolled-en.png', screenshots).pathname,
        fullPage: true,
      })

      const full = page.locator('.catalogue-offering').filter({ hasText: 'KAA-PY-FULL' })
      await full.getByRole('button', { name: 'Enrol' }).click()
      await full.getByText('This offering is full: every seat has been taken.').waitFor()

      await page.reload()
      const again = page.locator('.catalogue-offering').filter({ hasText: 'KAA-PY-OPEN' })
      await again.getByRole('button', { name: 'Enrol' }).click()
      await again.getByText('You were already enrolled in this offering.').waitFor()
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the catalogue and the micro-credential page in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
