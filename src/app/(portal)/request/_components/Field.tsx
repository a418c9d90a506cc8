import type { ReactNode } from 'react'

export type FieldProps = {
  id: string
  label: string
  isRequired?: boolean
  hint?: string
  error?: string
  /** Renders the control, given the ids it must name in `aria-describedby`. */
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true; id: string }) => ReactNode
}

/**
 * A labelled control with its hint and its error, both named by `aria-describedby`, so a screen reader
 * reads the error with the field; the error also says 错误 in words, not only in colour.
 */
export function Field({ id, label, isRequired, hint, error, children }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {isRequired && <span className="required">（必填）</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
    </div>
  )
}

/** A group of radio buttons under its legend, with the group's error named by each button. */
export function RadioGroup({
  name,
  legend,
  choices,
  value,
  error,
  hint,
}: {
  name: string
  legend: string
  choices: ReadonlyArray<{ value: string; label: string }>
  value?: string
  error?: string
  hint?: string
}) {
  const described = [hint && `request-${name}-hint`, error && `request-${name}-error`].filter(Boolean).join(' ')
  return (
    <fieldset className={error ? 'choices has-error' : 'choices'} id={`request-${name}`}>
      <legend>
        {legend}
        <span className="required">（必填）</span>
      </legend>
      {hint && (
        <p id={`request-${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`request-${name}-error`} className="field-error">
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      {choices.map((choice, index) => (
        <div key={choice.value} className="choice">
          <input
            type="radio"
            id={index === 0 ? `request-${name}-first` : `request-${name}-${choice.value}`}
            name={name}
            value={choice.value}
            defaultChecked={value === choice.value}
            required
            {...(described ? { 'aria-describedby': described } : {})}
          />
          <label htmlFor={index === 0 ? `request-${name}-first` : `request-${name}-${choice.value}`}>
            {choice.label}
          </label>
        </div>
      ))}
    </fieldset>
  )
}
