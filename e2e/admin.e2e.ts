import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'
import { expectReflow, shoot } from './journey-steps.js'

const password = 'osaamo-demo-2026'
const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const organisationPath = '/admin/kaarnala-open'

/** Presses Tab until the element with the given id has the focus (keyboard alone). */
async function tabToId(page: Page, id: string, limit = 300): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab')
    if ((await page.evaluate(() => document.activeElement?.id)) === id) {
      return
    }
  }
  throw new Error(`Tab never reached #${id}`)
}

/** Presses Tab until the focused button's text is `name`. */
async function tabToButton(page: Page, name: string, limit = 300): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (focused === name) {
      return
    }
  }
  throw new Error(`Tab never reached ${name}`)
}

const pageErrors: string[] = []

async function adminPage(
  journey: BrowserJourney,
  options: Parameters<typeof newPage>[1],
  emailAddress?: string,
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.setDefaultTimeout(20_000)
  if (emailAddress !== undefined) {
    const answer = await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
      data: { emailAddress, password },
    })
    expect(answer.status()).toBe(200)
  }
  return page
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the administrator’s pages in Chromium: roles, API tokens, signing keys, audit log',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())
    afterEach(() => {
      expect(pageErrors.splice(0)).toEqual([])
    })

    it('grants a role, creates a token (secret once) by keyboard, revokes it, rotates the key and reads the audit log', async () => {
      const page = await adminPage(journey, {
        locale: 'en-GB',
        permissions: ['clipboard-read', 'clipboard-write'],
      })
      const url = journey.server.url
      await page.goto(`${url}/sign-in`)
      await page.getByLabel('E-mail address').fill('admin@demo.osaamo.fi')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL(`${url}/account`)

      // The header links to the administration; the list names the organisation.
      await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click()
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-organisations-en')
      await page.getByRole('link', { name: 'Kaarnala Open University' }).click()
      await page.waitForURL(`${url}${organisationPath}`)
      await page.getByRole('heading', { level: 1, name: 'Kaarnala Open University' }).waitFor()
      const facts = page.getByRole('region', { name: 'Organisation details' })
      await expect.poll(() => facts.textContent()).toContain('did:web:')
      expect(await facts.textContent()).toContain('Kaarnalan avoin yliopisto')
      expect(await facts.textContent()).toContain('Uusimaa')
      expect(
        await page.getByRole('link', { name: 'Open the DID document' }).getAttribute('href'),
      ).toBe('/organisations/kaarnala-open/did.json')
      await page.getByRole('checkbox', { name: 'Registrar' }).first().waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-organisation-en')

      // Grant a role: Linnea, the registrar, becomes an assessor too; the answer says so.
      const linnea = page.getByRole('group', { name: 'Roles of Linnea Lindqvist' })
      await linnea.getByRole('checkbox', { name: 'Assessor' }).check()
      await page.getByRole('button', { name: 'Save the roles of Linnea Lindqvist' }).click()
      await page
        .getByText('Saved. Linnea Lindqvist now has these roles: Assessor, Registrar.')
        .waitFor()
      await page.reload()
      await expect
        .poll(() => linnea.getByRole('checkbox', { name: 'Assessor' }).isChecked())
        .toBe(true)
      expect(await linnea.getByRole('checkbox', { name: 'Registrar' }).isChecked()).toBe(true)

      // Removing one's own admin role asks first; cancelling keeps it.
      const aino = page.getByRole('group', { name: 'Roles of Aino Virtanen' })
      await aino.getByRole('checkbox', { name: 'Administrator' }).uncheck()
      await aino.getByRole('checkbox', { name: 'Designer' }).check()
      await page.getByRole('button', { name: 'Save the roles of Aino Virtanen' }).click()
      const selfDialog = page.getByRole('dialog', { name: 'Remove your own administrator role?' })
      await selfDialog.waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-self-lockout-en')
      // The API refuses to take the role from the organisation's last admin; its own message
      // shows in the dialog and nothing changes.
      await selfDialog.getByRole('button', { name: 'Remove my administrator role' }).click()
      await selfDialog
        .getByRole('alert')
        .getByText('give someone else the admin role first', { exact: false })
        .waitFor()
      expect(await selfDialog.getByRole('alert').textContent()).toContain(
        'The change was not saved.',
      )
      await selfDialog.getByRole('button', { name: 'Cancel' }).click()
      await selfDialog.waitFor({ state: 'detached' })
      await page.reload()
      await expect
        .poll(() => aino.getByRole('checkbox', { name: 'Administrator' }).isChecked())
        .toBe(true)

      // Removing every role ends a membership, after a confirmation.
      const helmi = page.getByRole('group', { name: 'Roles of Helmi Nieminen' })
      await helmi.getByRole('checkbox', { name: 'Quality reviewer' }).uncheck()
      await page.getByRole('button', { name: 'Save the roles of Helmi Nieminen' }).click()
      const endDialog = page.getByRole('dialog', { name: 'End the membership of Helmi Nieminen?' })
      await endDialog.getByRole('button', { name: 'End the membership' }).click()
      await page.getByText('Helmi Nieminen is no longer a member of the organisation.').waitFor()
      await helmi.waitFor({ state: 'detached' })

      // Create a token by keyboard alone: the form's problems first, then the token.
      await page.getByRole('heading', { level: 1 }).click()
      await tabToButton(page, 'Create the token')
      await page.keyboard.press('Enter')
      await page.getByRole('region', { name: 'Check these fields' }).waitFor()
      // Focus moves to the summary once it has rendered: wait for it rather than race it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('hds-error-summary')
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-token-errors-en')
      await tabToId(page, 'token-name')
      await page.keyboard.type('Student information system')
      await tabToId(page, 'token-role-registrar')
      await page.keyboard.press('Space')
      await tabToButton(page, 'Create the token')
      await page.keyboard.press('Enter')
      const created = page.getByRole('region', {
        name: 'The token Student information system was created',
      })
      await created.waitFor()
      expect(await created.textContent()).toContain('It is not shown again')
      const secret = await page.getByLabel('Secret of the token').inputValue()
      expect(secret).toMatch(/^osaamo_at_/)
      await created.getByRole('button', { name: 'Copy the secret' }).click()
      await created.getByText('The secret was copied to the clipboard.').waitFor()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
      const tokens = page.getByRole('region', { name: 'API tokens', exact: true })
      await expect
        .poll(() => tokens.getByRole('row', { name: /Student information system/ }).count())
        .toBe(1)
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-token-created-en')

      // The secret is gone after a reload; the token stays listed, never used.
      await page.reload()
      const tokenRow = page
        .getByRole('region', { name: 'API tokens', exact: true })
        .getByRole('row', { name: /Student information system/ })
      await tokenRow.waitFor()
      expect(await tokenRow.textContent()).toContain('Never')
      expect(await page.getByLabel('Secret of the token').count()).toBe(0)
      expect(await page.content()).not.toContain(secret)

      // Revoke, after a confirmation.
      await page.getByRole('button', { name: 'Revoke Student information system' }).click()
      const revokeDialog = page.getByRole('dialog', {
        name: 'Revoke the token Student information system?',
      })
      await revokeDialog.waitFor()
      await revokeDialog.getByRole('button', { name: 'Revoke the token' }).click()
      await page.getByText('The token Student information system was revoked.').waitFor()
      await expect.poll(() => tokenRow.textContent()).toContain('Revoked')
      const revoked = await page.request.get(`${url}/api/organisations/kaarnala-open/offerings`, {
        headers: { authorization: `Bearer ${secret}` },
      })
      expect(revoked.status()).toBe(401)

      // Rotate the signing key: the dialog explains that old credentials stay verifiable. The
      // demo organisation makes its first key when it first issues, so rotate twice: the first
      // rotation may only make a key, the second surely retires one.
      const keys = page.getByRole('region', { name: 'Signing keys', exact: true })
      for (const round of [1, 2]) {
        await page.getByRole('button', { name: 'Rotate the signing key' }).click()
        const rotateDialog = page.getByRole('dialog', { name: 'Rotate the signing key?' })
        await rotateDialog.waitFor()
        expect(await rotateDialog.textContent()).toContain(
          'Credentials already issued stay verifiable',
        )
        if (round === 1) {
          await expectNoAxeViolations(page)
          await shoot(page, 'admin-rotate-dialog-en')
        }
        await rotateDialog.getByRole('button', { name: 'Rotate the key' }).click()
        await rotateDialog.waitFor({ state: 'detached' })
        await page.getByText('The signing key was rotated.').waitFor()
      }
      await expect.poll(() => keys.getByRole('row', { name: /Retired/ }).count()).toBeGreaterThan(0)
      expect(await keys.getByRole('row', { name: /Active/ }).count()).toBe(1)
      await shoot(page, 'admin-signing-keys-en')

      // The audit log, updated as changes are made on the page, names those actions in plain
      // words, newest first.
      const audit = page.getByRole('region', { name: 'Audit log', exact: true })
      await expect
        .poll(async () => (await audit.getByRole('rowheader').allTextContents()).slice(0, 6))
        .toEqual([
          'Signing key rotated',
          'Signing key rotated',
          'API token revoked',
          'API token created',
          'Roles changed',
          'Roles changed',
        ])
      const firstRow = audit.getByRole('row').nth(1)
      await expect.poll(() => firstRow.textContent()).toContain('Aino Virtanen')
      const grantRow = audit.getByRole('row', { name: /Linnea Lindqvist/ })
      expect(await grantRow.textContent()).toContain('Assessor, Registrar')
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-audit-en')
      // Older entries, a page at a time (the demo data alone fills more than one page); the
      // focus goes to the log's heading.
      const newestPage = await audit.getByRole('row').allTextContents()
      await page.getByRole('button', { name: 'Older entries' }).click()
      await page.getByText(/^Page 2: /).waitFor()
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('audit-title')
      expect(await audit.getByRole('row').nth(1).textContent()).not.toBe(newestPage[1])
      await shoot(page, 'admin-audit-older-en')
      await page.getByRole('button', { name: 'Newer entries' }).click()
      await page.getByText(/^Page 1: /).waitFor()
      await expect.poll(() => audit.getByRole('row').allTextContents()).toEqual(newestPage)
      await page.context().close()
    }, 180_000)

    it('has no axe violations in fi, sv and en at 1280 and 360 px', async () => {
      for (const [language, locale] of Object.entries(locales)) {
        for (const width of [1280, 360]) {
          const page = await adminPage(
            journey,
            { locale, viewport: { width, height: 800 } },
            'admin@demo.osaamo.fi',
          )
          await page.goto(`${journey.server.url}/admin`)
          await page.locator('html').getAttribute('lang')
          expect(await page.locator('html').getAttribute('lang')).toBe(language)
          await page.getByRole('link', { name: /Kaarnala/ }).waitFor()
          await expectNoAxeViolations(page)
          await expectReflow(page, width, '.admin-table-wrap')
          await shoot(page, `admin-organisations-${language}-${width}`)
          await page.goto(`${journey.server.url}${organisationPath}`)
          await page.locator('.admin-member').first().waitFor()
          await page.locator('#audit-log tbody tr').first().waitFor()
          await page.locator('#signing-keys .admin-buttons button').waitFor()
          await expectNoAxeViolations(page)
          await expectReflow(page, width, '.admin-table-wrap')
          await shoot(page, `admin-organisation-${language}-${width}`)
          await page.locator('#signing-keys button').click()
          await page.getByRole('dialog').waitFor()
          await expectNoAxeViolations(page)
          await page.keyboard.press('Escape')
          await page.getByRole('dialog').waitFor({ state: 'detached' })
          await page.context().close()
        }
      }
    }, 180_000)

    it('adds a person by e-mail address, explaining in Finnish beside the field when it cannot', async () => {
      const page = await adminPage(journey, { locale: 'fi-FI' }, 'admin@demo.osaamo.fi')
      await page.goto(`${journey.server.url}${organisationPath}`)
      const form = page.getByRole('heading', { name: 'Lisää henkilö', level: 3 })
      await form.waitFor()
      const address = page.getByLabel('Sähköpostiosoite', { exact: true })

      // Nothing chosen: both problems beside their fields, the summary takes the focus.
      await page.getByRole('button', { name: 'Lisää henkilö' }).click()
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('hds-error-summary')
      await page.locator('#member-roles-error').getByText('Valitse vähintään yksi rooli.').waitFor()

      // An address without an account is refused by the server; what was typed stays.
      await address.fill('ei.tilia@example.fi')
      await page
        .getByRole('group', { name: 'Roolit', exact: true })
        .getByRole('checkbox', { name: 'Arvioija', exact: true })
        .check()
      await page.getByRole('button', { name: 'Lisää henkilö' }).click()
      await page
        .locator('#member-address-error')
        .getByText('Tällä vahvistetulla osoitteella ei ole Osaamo-tiliä.', { exact: false })
        .waitFor()
      expect(await address.inputValue()).toBe('ei.tilia@example.fi')
      expect(await address.getAttribute('aria-invalid')).toBe('true')
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-add-member-error-fi')

      // The demo learner has an account: she joins as an assessor and is listed.
      await address.fill('learner@demo.osaamo.fi')
      await page.getByRole('button', { name: 'Lisää henkilö' }).click()
      await page.getByText('Sanni Laine lisättiin organisaatioon.').waitFor()
      const sanni = page.getByRole('group', { name: 'Henkilön Sanni Laine roolit' })
      await expect
        .poll(() => sanni.getByRole('checkbox', { name: 'Arvioija', exact: true }).isChecked())
        .toBe(true)
      expect(await address.inputValue()).toBe('')
      await page.context().close()
    }, 90_000)

    it('shows “no access” to a person without the admin role, and asks a signed-out reader to sign in', async () => {
      const page = await adminPage(journey, { locale: 'en-GB' }, 'designer@demo.osaamo.fi')
      await page.goto(`${journey.server.url}/admin`)
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor()
      await page.getByText('No access').waitFor()
      expect(
        await page.getByRole('banner').getByRole('link', { name: 'Administration' }).count(),
      ).toBe(0)
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-no-access-en')
      await page.goto(`${journey.server.url}${organisationPath}`)
      await page.getByText('You are not an administrator of this organisation').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'admin-no-access-organisation-en')
      await page.context().close()

      for (const [language, locale] of Object.entries(locales)) {
        const signedOut = await adminPage(journey, {
          locale,
          viewport: { width: 360, height: 800 },
        })
        await signedOut.goto(`${journey.server.url}/admin`)
        await signedOut.getByRole('main').getByRole('link', { name: /.+/ }).first().waitFor()
        expect(await signedOut.getByRole('main').getByRole('link').getAttribute('href')).toBe(
          '/sign-in',
        )
        await expectNoAxeViolations(signedOut)
        await shoot(signedOut, `admin-signed-out-${language}-360`)
        await signedOut.context().close()
      }
    }, 120_000)
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the administrator’s pages in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
