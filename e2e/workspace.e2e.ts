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
import { pageErrors, personPage, shoot, signIn } from './journey-steps.js'

/** The draft of the demo data planned with construction companies (Kaarnala). */
const draftTitle = 'Circular economy in construction'

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the shared design workspace in two browsers',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it('shows the designer’s and the partner’s comments, replies and decisions to each other live', async () => {
      const url = journey.server.url
      // Two browser contexts, two people, two languages.
      const designer: Page = await personPage(journey, { locale: 'en-GB' })
      const partner: Page = await personPage(journey, { locale: 'fi-FI' })
      await signIn(designer, url, 'designer@demo.osaamo.fi')
      await signIn(partner, url, 'partner@demo.osaamo.fi')

      // The designer opens the draft's workspace and invites the partner.
      await designer.goto(`${url}/co-design/workspaces`)
      await designer.getByRole('heading', { level: 1, name: 'Design workspaces' }).waitFor()
      await designer.getByRole('link', { name: `Open the workspace of “${draftTitle}”` }).click()
      await designer.getByRole('heading', { level: 1, name: `Workspace: ${draftTitle}` }).waitFor()
      const versionId = new URL(designer.url()).pathname.split('/').at(-1) ?? ''
      await designer.getByLabel('Invite a partner by e-mail address').fill('partner@demo.osaamo.fi')
      await designer.getByRole('button', { name: 'Invite', exact: true }).click()
      await designer.getByText('partner@demo.osaamo.fi was invited and told by e-mail.').waitFor()
      await expectNoAxeViolations(designer)

      // The partner opens it; both see each other present.
      await partner.goto(`${url}/co-design/workspaces/${versionId}`)
      await partner
        .getByRole('heading', { level: 1, name: 'Työtila: Kiertotalous rakentamisessa' })
        .waitFor()
      const presentOn = (page: Page) => page.getByTestId('workspace-present')
      await presentOn(designer).getByText('Mikael Heikkinen').waitFor()
      await presentOn(partner).getByText('Eero Korhonen').waitFor()
      await expectNoAxeViolations(partner)

      // The partner comments on the title: it appears on the designer's page without a reload.
      await partner.getByLabel('Kommentoi: Nimi').fill('Voisiko nimessä mainita purkutyöt?')
      await partner.getByRole('button', { name: 'Kommentoi', exact: true }).first().click()
      await designer.getByText('Voisiko nimessä mainita purkutyöt?').waitFor()

      // The designer replies: it appears on the partner's page.
      await designer.getByLabel('Reply to Mikael Heikkinen').fill('Good idea, suggest a wording.')
      await designer.getByRole('button', { name: 'Reply', exact: true }).click()
      await partner.getByText('Good idea, suggest a wording.').waitFor()

      // The partner suggests a Finnish title; the designer accepts it; both see the new title.
      await partner
        .getByLabel('Ehdota uutta tekstiä: Nimi (fi)')
        .fill('Kiertotalous ja purkutyöt rakentamisessa')
      await partner.getByRole('button', { name: 'Ehdota', exact: true }).first().click()
      await designer.getByText('Mikael Heikkinen suggests:').waitFor()
      await expectNoAxeViolations(designer)
      await shoot(designer, 'workspace-designer-en')
      await designer.getByRole('button', { name: 'Accept', exact: true }).click()
      await partner.getByText('Hyväksyjä: Eero Korhonen.').waitFor()
      await partner
        .getByRole('heading', {
          level: 1,
          name: 'Työtila: Kiertotalous ja purkutyöt rakentamisessa',
        })
        .waitFor()
      await expectNoAxeViolations(partner)
      await shoot(partner, 'workspace-partner-fi')

      // The partner leaves: the designer sees them go.
      await partner.close()
      await expect
        .poll(async () => presentOn(designer).getByText('Mikael Heikkinen').count(), {
          timeout: 15_000,
        })
        .toBe(0)
      expect(pageErrors).toEqual([])
    }, 180_000)
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the shared design workspace in two browsers', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
