import { useTranslation } from 'react-i18next'
import { useLoad } from '../../use-load.js'
import { listMyCredentials } from './api.js'
import { listImportedCredentials } from './portfolio-api.js'
import type { CredentialReference } from './sharing-api.js'

/** A credential of the portfolio as a choice: what it is and from whom. */
export type PortfolioChoice = CredentialReference & { name: string; issuerName: string }

/** The learner's credentials, issued here and imported, to choose from. */
export function usePortfolioChoices(language: string) {
  return useLoad(
    async (signal) => {
      const [issued, imported] = await Promise.all([
        listMyCredentials(language, signal),
        listImportedCredentials(language, signal),
      ])
      return [
        ...issued.items.map(
          (item): PortfolioChoice => ({
            kind: 'issued',
            id: item.id,
            name: item.achievementName,
            issuerName: item.issuerName,
          }),
        ),
        ...imported.items.map(
          (item): PortfolioChoice => ({
            kind: 'imported',
            id: item.id,
            name: item.achievementName,
            issuerName: item.issuerName,
          }),
        ),
      ]
    },
    [language],
  )
}

const sameAs = (a: CredentialReference) => (b: CredentialReference) =>
  a.kind === b.kind && a.id === b.id

/** Checkboxes for choosing credentials, in a fieldset with its legend. */
export function CredentialPicker({
  idPrefix,
  legend,
  choices,
  chosen,
  onChange,
}: {
  idPrefix: string
  legend: string
  choices: readonly PortfolioChoice[]
  chosen: readonly CredentialReference[]
  onChange: (chosen: CredentialReference[]) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="hds-selection-group">
      <legend className="hds-selection-group__legend">{legend}</legend>
      {choices.length === 0 && <p>{t('portfolio-sharing.noCredentials')}</p>}
      {choices.map((choice) => {
        const id = `${idPrefix}-${choice.kind}-${choice.id}`
        const isChosen = chosen.some(sameAs(choice))
        return (
          <div className="hds-checkbox" key={id}>
            <input
              type="checkbox"
              className="hds-checkbox__input"
              id={id}
              checked={isChosen}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, { kind: choice.kind, id: choice.id }]
                    : chosen.filter((each) => !sameAs(each)(choice)),
                )
              }
            />
            <label className="hds-checkbox__label" htmlFor={id}>
              {choice.name || t('portfolio-sharing.untitled')} — {choice.issuerName}
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}

/** The name of a chosen credential, for lists. */
export function choiceName(
  choices: readonly PortfolioChoice[] | undefined,
  reference: CredentialReference,
  untitled: string,
): string {
  const found = choices?.find(sameAs(reference))
  return found === undefined ? untitled : found.name || untitled
}
