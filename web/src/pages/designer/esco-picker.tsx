import { type KeyboardEvent, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type EscoMatch, searchEsco } from './api.js'

type Skill = { uri: string; kind: 'skill' | 'knowledge' }

/**
 * The ESCO skills of one learning outcome: the chosen ones with Remove buttons, and a combobox
 * that searches ESCO as one types (arrow keys move in the results, Enter chooses, Escape closes).
 */
export function EscoPicker({
  id,
  outcomeLabel,
  skills,
  labels,
  describedBy,
  onChoose,
  onRemove,
}: {
  id: string
  outcomeLabel: string
  skills: readonly Skill[]
  labels: Readonly<Record<string, string>>
  describedBy: string | undefined
  onChoose: (match: EscoMatch) => void
  onRemove: (uri: string) => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [results, setResults] = useState<EscoMatch[] | undefined>(undefined)
  const [active, setActive] = useState(-1)
  const [failed, setFailed] = useState(false)
  const listId = `${id}-results`

  useEffect(() => {
    if (text.trim().length < 2) {
      setResults(undefined)
      return
    }
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      searchEsco(text.trim(), controller.signal).then(
        (items) => {
          setResults(items.filter((item) => !skills.some((skill) => skill.uri === item.uri)))
          setActive(-1)
          setFailed(false)
        },
        () => {
          if (!controller.signal.aborted) {
            setFailed(true)
          }
        },
      )
    }, 300)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [text, skills])

  const choose = (match: EscoMatch) => {
    onChoose(match)
    setText('')
    setResults(undefined)
    setActive(-1)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results?.length ?? 0
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault()
      setActive((index) => (index + 1) % count)
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault()
      setActive((index) => (index <= 0 ? count - 1 : index - 1))
    } else if (event.key === 'Enter') {
      const match = results?.[active]
      if (match !== undefined) {
        event.preventDefault()
        choose(match)
      }
    } else if (event.key === 'Escape') {
      setResults(undefined)
      setActive(-1)
    }
  }

  const isOpen = results !== undefined && results.length > 0
  return (
    <div className="designer-esco">
      {skills.length > 0 && (
        <ul aria-label={t('designer.esco.chosen', { outcome: outcomeLabel })}>
          {skills.map((skill) => (
            <li key={skill.uri}>
              <span lang="en">{labels[skill.uri] ?? skill.uri}</span>{' '}
              <span className="designer-muted">({t(`designer.esco.kind.${skill.kind}`)})</span>{' '}
              <button
                type="button"
                className="hds-button hds-button--supplementary hds-button--small"
                onClick={() => onRemove(skill.uri)}
              >
                <span className="hds-button__label">
                  {t('designer.esco.remove', { skill: labels[skill.uri] ?? skill.uri })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="hds-text-input designer-field">
        <label className="hds-text-input__label" htmlFor={id}>
          {t('designer.esco.search', { outcome: outcomeLabel })}
        </label>
        <div className="hds-text-input__input-wrapper">
          <input
            id={id}
            className="hds-text-input__input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isOpen}
            aria-controls={listId}
            aria-activedescendant={isOpen && active >= 0 ? `${listId}-${active}` : undefined}
            aria-describedby={[`${id}-helper`, describedBy].filter(Boolean).join(' ')}
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <span className="hds-text-input__helper-text" id={`${id}-helper`}>
          {t('designer.esco.helper')}
        </span>
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={t('designer.esco.results')}
        className="designer-results"
        hidden={!isOpen}
      >
        {results?.map((match, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys (aria-activedescendant)
          <div
            key={match.uri}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            lang="en"
            onClick={() => choose(match)}
          >
            {match.preferredLabel}
            {match.matchedLabel !== match.preferredLabel && ` (${match.matchedLabel})`}
          </div>
        ))}
      </div>
      <p role="status" className="designer-muted">
        {failed
          ? t('designer.esco.failed')
          : results === undefined
            ? ''
            : t('designer.esco.found', { count: results.length })}
      </p>
    </div>
  )
}
