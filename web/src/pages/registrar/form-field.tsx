import type { ReactNode } from 'react'

/** The props that tie a control to its label, helper text and error (aria-describedby). */
export type ControlProps = {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/** One labelled control in the HDS text-input style, with its helper text and error beside it. */
export function FormField({
  id,
  label,
  helper,
  error,
  isRequired = false,
  requiredText,
  children,
}: {
  id: string
  label: string
  helper?: string | undefined
  error?: ReactNode
  isRequired?: boolean
  requiredText?: string
  children: (props: ControlProps) => ReactNode
}) {
  const describedBy = [
    error !== undefined ? `${id}-error` : undefined,
    helper !== undefined ? `${id}-helper` : undefined,
  ]
    .filter((value) => value !== undefined)
    .join(' ')
  return (
    <div
      className={`hds-text-input registrar-field${error !== undefined ? ' hds-text-input--invalid' : ''}`}
    >
      <label className="hds-text-input__label" htmlFor={id}>
        {label}
        {isRequired && (
          <span className="hds-text-input__required" title={requiredText}>
            {' *'}
          </span>
        )}
      </label>
      <div className="hds-text-input__input-wrapper">
        {children({
          id,
          'aria-invalid': error !== undefined,
          'aria-describedby': describedBy === '' ? undefined : describedBy,
        })}
      </div>
      {error !== undefined && (
        <span className="hds-text-input__error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
      {helper !== undefined && (
        <span className="hds-text-input__helper-text" id={`${id}-helper`}>
          {helper}
        </span>
      )}
    </div>
  )
}
