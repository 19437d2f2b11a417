import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../api-client.js'
import { allRoles } from './api.js'

/** A problem of an admin form: the id of the field it is about, and what is wrong. */
export type FieldProblem = { readonly target: string; readonly text: string }

/**
 * The HDS error summary at the top of a form: each problem a link that moves the focus to its
 * field. The form focuses `summaryRef` after a failed submit, so a screen reader hears it.
 */
export function ErrorSummary({
  id,
  title,
  problems,
  summaryRef,
}: {
  id: string
  title: string
  problems: readonly FieldProblem[]
  summaryRef: RefObject<HTMLElement | null>
}) {
  if (problems.length === 0) {
    return null
  }
  return (
    <section ref={summaryRef} tabIndex={-1} className="hds-error-summary" aria-labelledby={id}>
      <h4 className="hds-error-summary__label" id={id}>
        {title}
      </h4>
      <div className="hds-error-summary__body">
        <ul>
          {problems.map((problem) => (
            <li key={problem.target}>
              <a
                href={`#${problem.target}`}
                onClick={(event) => {
                  event.preventDefault()
                  document.getElementById(problem.target)?.focus()
                }}
              >
                {problem.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}

/**
 * The six roles as checkboxes with ids `<idPrefix>-<role>` (the first is the target of the
 * "choose a role" problem), and that problem beside them.
 */
export function RoleCheckboxes({
  idPrefix,
  legend,
  roles,
  error,
  onChange,
}: {
  idPrefix: string
  legend: string
  roles: readonly Role[]
  error: string | undefined
  onChange: (roles: Role[]) => void
}) {
  const { t } = useTranslation()
  const errorId = `${idPrefix}s-error`
  return (
    <fieldset className="admin-roles" aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{legend}</legend>
      {allRoles.map((role) => (
        <div className="hds-checkbox" key={role}>
          <input
            type="checkbox"
            className="hds-checkbox__input"
            id={`${idPrefix}-${role}`}
            checked={roles.includes(role)}
            aria-invalid={error !== undefined}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...roles, role]
                  : roles.filter((candidate) => candidate !== role),
              )
            }
          />
          <label className="hds-checkbox__label" htmlFor={`${idPrefix}-${role}`}>
            {t(`roles.${role}`)}
          </label>
        </div>
      ))}
      {error !== undefined && (
        <span className="admin-error" id={errorId}>
          {error}
        </span>
      )}
    </fieldset>
  )
}
