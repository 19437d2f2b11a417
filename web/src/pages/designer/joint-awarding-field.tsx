import { useTranslation } from 'react-i18next'
import { callApi, inLanguage, type LanguageMap } from '../../api-client.js'
import { useLoad } from '../../use-load.js'
import type { ValidationProblem } from './api.js'
import { FieldProblems, problemsAt } from './fields.js'

type Institution = { id: string; kind: string; name: LanguageMap }

/**
 * A joint micro-credential: the other institutions that award it with the designer's own. None
 * chosen means the designer's organisation awards it alone (no awarding bodies are stored); with
 * partners, the owner comes first, then the partners in the order of the list.
 */
export function JointAwardingField({
  ownerId,
  awardingBodyIds,
  problems,
  onChange,
}: {
  ownerId: string
  awardingBodyIds: readonly string[]
  problems: readonly ValidationProblem[]
  onChange: (ids: string[]) => void
}) {
  const { t, i18n } = useTranslation()
  const institutions = useLoad(
    (signal) =>
      callApi<{ items: Institution[] }>('GET', '/api/organisations', { signal }).then((answer) =>
        answer.items.filter((item) => item.kind === 'institution' && item.id !== ownerId),
      ),
    [ownerId],
  )
  const partners = awardingBodyIds.filter((id) => id !== ownerId)
  const toggle = (id: string, isChosen: boolean) => {
    const chosen = (institutions.data ?? [])
      .map((institution) => institution.id)
      .filter((candidate) => (candidate === id ? isChosen : partners.includes(candidate)))
    onChange(chosen.length === 0 ? [] : [ownerId, ...chosen])
  }
  return (
    <fieldset
      className="designer-fieldset"
      aria-describedby={`f-awarding-body-help${problemsAt(problems, 'f-awarding-body').length > 0 ? ' f-awarding-body-problems' : ''}`}
    >
      <legend>{t('designer.joint.legend')}</legend>
      <p className="designer-muted" id="f-awarding-body-help">
        {t('designer.joint.help')}
      </p>
      <FieldProblems id="f-awarding-body" problems={problems} />
      {institutions.error !== undefined && <p role="alert">{t('designer.joint.failed')}</p>}
      {institutions.data?.length === 0 && <p>{t('designer.joint.none')}</p>}
      {institutions.data?.map((institution, index) => (
        <div className="hds-checkbox" key={institution.id}>
          <input
            type="checkbox"
            className="hds-checkbox__input"
            id={index === 0 ? 'f-awarding-body' : `f-awarding-body-${institution.id}`}
            checked={partners.includes(institution.id)}
            onChange={(event) => toggle(institution.id, event.target.checked)}
          />
          <label
            className="hds-checkbox__label"
            htmlFor={index === 0 ? 'f-awarding-body' : `f-awarding-body-${institution.id}`}
          >
            {inLanguage(institution.name, i18n.language)}
          </label>
        </div>
      ))}
    </fieldset>
  )
}
