import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  startBrowserJourney,
} from './browser.js'
import { csrfTokenOf, pageErrors, personPage, shoot, signIn } from './journey-steps.js'

const partnerName = {
  fi: 'Revontuli Software Oy',
  sv: 'Revontuli Software Ab',
  en: 'Revontuli Software Ltd',
} as const
const endorsedBy = {
  fi: 'Suosittelijat: Revontuli Software Oy',
  sv: 'Rekommenderas av Revontuli Software Ab',
  en: 'Endorsed by Revontuli Software Ltd',
} as const
const comment = 'Vastaa ohjelmistokehittäjien osaamistarpeeseemme.'

type Version = { id: string; specificationId: string; status: string }

const shouldSkip = !isBrowserAvailable && !isBrowserRequired

// A partner signs off the next version of a published micro-credential in its design workspace;
// once it is published, its catalogue page shows the endorsement in every language.
describe.skipIf(shouldSkip)(
  `a partner's sign-off in the catalogue${shouldSkip ? ` (${browserSkipReason})` : ''}`,
  () => {
    let journey: BrowserJourney
    let published: Version

    beforeAll(async () => {
      journey = await startBrowserJourney()
      const url = journey.server.url
      const designer = await personPage(journey, { locale: 'fi-FI' })
      const partner = await personPage(journey, { locale: 'fi-FI' })
      const reviewer = await personPage(journey, { locale: 'fi-FI' })
      await signIn(designer, url, 'designer@demo.osaamo.fi')
      await signIn(partner, url, 'partner@demo.osaamo.fi')
      await signIn(reviewer, url, 'reviewer@demo.osaamo.fi')
      const post = async (page: typeof designer, path: string, data: unknown) => {
        const answer = await page.request.post(`${url}${path}`, {
          headers: { 'x-csrf-token': await csrfTokenOf(page, url) },
          data,
        })
        expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true)
        return answer.json()
      }
      const catalogue = (await (
        await designer.request.get(`${url}/api/catalogue?q=python`)
      ).json()) as {
        items: { versionId: string }[]
      }
      const first = catalogue.items[0]
      if (first === undefined) {
        throw new Error('the demo catalogue has no Python micro-credential')
      }
      const draft = (await post(
        designer,
        `/api/specification-versions/${first.versionId}/next-version`,
        {
          changeLog: 'Työelämän kanssa tarkennettu',
        },
      )) as Version
      await post(designer, `/api/specification-versions/${draft.id}/workspace/participants`, {
        emailAddress: 'partner@demo.osaamo.fi',
      })
      const view = (await (
        await partner.request.get(`${url}/api/specification-versions/${draft.id}/sign-off`)
      ).json()) as { contentFingerprint: string }
      await post(partner, `/api/specification-versions/${draft.id}/sign-offs`, {
        contentFingerprint: view.contentFingerprint,
        comment,
      })
      await post(designer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'submit',
      })
      await post(reviewer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'approve',
      })
      published = (await post(reviewer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'publish',
      })) as Version
      for (const page of [designer, partner, reviewer]) {
        await page.context().close()
      }
    }, 180_000)

    afterAll(async () => {
      await journey?.close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'shows "Endorsed by …" with the partner’s words (%s)',
      async (language) => {
        const page = await personPage(journey, {
          locale: { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' }[language],
        })
        await page.goto(`${journey.server.url}/catalogue/${published.specificationId}`)
        const section = page
          .getByRole('region', { name: /./ })
          .filter({ hasText: endorsedBy[language] })
        await expect.poll(() => section.count(), { timeout: 30_000 }).toBe(1)
        expect(await section.getByText(comment).count()).toBe(1)
        expect(await section.getByText(partnerName[language]).count()).toBeGreaterThan(0)
        await expectNoAxeViolations(page)
        if (language === 'fi') {
          await shoot(page, 'sign-off-catalogue-endorsed-by')
        }
        await page.context().close()
        expect(pageErrors).toEqual([])
      },
      60_000,
    )
  },
)
