import type { Page } from 'playwright-core'
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

// Issue 9's journey end to end: a draft → the designer and a partner comment in its workspace,
// each seeing the other's words live → the partner signs it off in the workspace → the version is
// reviewed and published → its catalogue page shows the partner's endorsement. (Posting a need and
// its matches: e2e/competence-needs.e2e.ts; suggestions and presence: e2e/workspace.e2e.ts.)

type Version = { id: string; specificationId: string; content: { title: { en?: string } } }

const endorsement = 'Matches what our developers need to know.'
const shouldSkip = !isBrowserAvailable && !isBrowserRequired

describe.skipIf(shouldSkip)(
  `co-design from draft to endorsed micro-credential${shouldSkip ? ` (${browserSkipReason})` : ''}`,
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 180_000)
    afterAll(() => journey?.close())

    it('takes a draft through live comments and a partner’s sign-off to the catalogue', async () => {
      const url = journey.server.url
      const designer: Page = await personPage(journey, { locale: 'en-GB' })
      const partner: Page = await personPage(journey, { locale: 'en-GB' })
      const reviewer: Page = await personPage(journey, { locale: 'en-GB' })
      await signIn(designer, url, 'designer@demo.osaamo.fi')
      await signIn(partner, url, 'partner@demo.osaamo.fi')
      await signIn(reviewer, url, 'reviewer@demo.osaamo.fi')
      const post = async (page: Page, path: string, data: unknown) => {
        const answer = await page.request.post(`${url}${path}`, {
          headers: { 'x-csrf-token': await csrfTokenOf(page, url) },
          data,
        })
        expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true)
        return answer.json()
      }

      // The draft: the next version of the published Python micro-credential.
      const catalogue = (await (
        await designer.request.get(`${url}/api/catalogue?q=python`)
      ).json()) as {
        items: { versionId: string }[]
      }
      const published = catalogue.items[0]
      if (published === undefined) {
        throw new Error('the demo catalogue has no Python micro-credential')
      }
      const draft = (await post(
        designer,
        `/api/specification-versions/${published.versionId}/next-version`,
        { changeLog: 'Refined with working life' },
      )) as Version
      const title = draft.content.title.en ?? ''

      // The designer opens the workspace and invites the partner.
      await designer.goto(`${url}/co-design/workspaces/${draft.id}`)
      await designer.getByRole('heading', { level: 1, name: `Workspace: ${title}` }).waitFor()
      await designer.getByLabel('Invite a partner by e-mail address').fill('partner@demo.osaamo.fi')
      await designer.getByRole('button', { name: 'Invite', exact: true }).click()
      await designer.getByText('partner@demo.osaamo.fi was invited and told by e-mail.').waitFor()

      // The partner comments; the designer sees it without reloading, replies, and the partner
      // sees the reply.
      await partner.goto(`${url}/co-design/workspaces/${draft.id}`)
      await partner.getByRole('heading', { level: 1, name: `Workspace: ${title}` }).waitFor()
      await partner.getByLabel('Comment on Title').fill('Could the title mention automation?')
      await partner.getByRole('button', { name: 'Comment', exact: true }).first().click()
      await designer.getByText('Could the title mention automation?').waitFor()
      await designer.getByLabel('Reply to Mikael Heikkinen').fill('Kept short on purpose.')
      await designer.getByRole('button', { name: 'Reply', exact: true }).click()
      await partner.getByText('Kept short on purpose.').waitFor()
      await expectNoAxeViolations(partner)

      // The partner signs off the version in the workspace.
      await partner.getByLabel('Endorsement', { exact: true }).fill(endorsement)
      await partner.getByRole('button', { name: /^Sign off version \d+$/ }).click()
      await partner
        .getByText('Signed off. Your organisation’s endorsement was signed with its key.')
        .waitFor()
      await expectNoAxeViolations(partner)
      await shoot(partner, 'co-design-journey-signed-off')

      // Review and publication, then the catalogue page shows the endorsement.
      await post(designer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'submit',
      })
      await post(reviewer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'approve',
      })
      await post(reviewer, `/api/specification-versions/${draft.id}/transitions`, {
        action: 'publish',
      })
      const visitor = await personPage(journey, { locale: 'en-GB' })
      await visitor.goto(`${url}/catalogue/${draft.specificationId}`)
      const endorsed = visitor
        .getByRole('region', { name: /./ })
        .filter({ hasText: 'Endorsed by Revontuli Software Ltd' })
      await expect.poll(() => endorsed.count(), { timeout: 30_000 }).toBe(1)
      expect(await endorsed.getByText(endorsement).count()).toBe(1)
      await expectNoAxeViolations(visitor)

      // The endorsement the catalogue shows verifies with the credential engine.
      const listed = (await (
        await visitor.request.get(
          `${url}/api/specification-versions/${draft.id}/endorsements?current=true`,
        )
      ).json()) as { items: { credential: unknown }[] }
      const [first] = listed.items
      const verified = await visitor.request.post(`${url}/credentials/verify`, {
        data: { verifiableCredential: first?.credential },
      })
      expect(verified.status(), await verified.text()).toBe(200)
      expect(pageErrors).toEqual([])
    }, 240_000)
  },
)
