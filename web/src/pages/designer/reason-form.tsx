import { useState } from 'react'

/**
 * A section with one required text (a reason, a change log) and a submit button: the designer's
 * small forms that move a version on. An empty text is refused in place, with focus on the field;
 * a failure is worded by the caller and shown beside the field.
 */
export function ReasonForm({
  fieldId,
  title,
  lead,
  label,
  submitLabel,
  isPrimary,
  missingText,
  onSubmit,
  failureText,
}: {
  fieldId: string
  title: string
  lead?: string | undefined
  label: string
  submitLabel: string
  isPrimary: boolean
  missingText: string
  /** Does the work with the trimmed text; a rejection is worded by `failureText`. */
  onSubmit: (text: string) => Promise<void>
  failureText: (error: unknown) => string
}) {
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()
  const [isBusy, setIsBusy] = useState(false)
  const titleId = `${fieldId}-title`
  const errorId = `${fieldId}-error`
  const submit = async () => {
    if (text.trim() === '') {
      setProblem(missingText)
      document.getElementById(fieldId)?.focus()
      return
    }
    setIsBusy(true)
    try {
      await onSubmit(text.trim())
    } catch (error) {
      setProblem(failureText(error))
    } finally {
      setIsBusy(false)
    }
  }
  return (
    <section className="designer-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {lead !== undefined && <p>{lead}</p>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
        className="designer-inline-form"
      >
        <div
          className={`hds-text-input designer-field${problem ? ' hds-text-input--invalid' : ''}`}
        >
          <label className="hds-text-input__label" htmlFor={fieldId}>
            {label}
          </label>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id={fieldId}
              rows={3}
              maxLength={2000}
              value={text}
              aria-invalid={problem !== undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(event) => {
                setText(event.target.value)
                setProblem(undefined)
              }}
            />
          </div>
          {problem !== undefined && (
            <span className="hds-text-input__error-text" id={errorId} role="alert">
              {problem}
            </span>
          )}
        </div>
        <div>
          <button
            type="submit"
            className={`hds-button hds-button--${isPrimary ? 'primary' : 'secondary'}`}
            disabled={isBusy}
          >
            <span className="hds-button__label">{submitLabel}</span>
          </button>
        </div>
      </form>
    </section>
  )
}
