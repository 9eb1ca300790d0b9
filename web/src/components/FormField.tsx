import type { ReactNode } from 'react';
import './FormField.css';

/** What a form passes to the input it lays out, so the label and the error point at it. */
export type FieldProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A labelled input with the API's message for it underneath (docs/api.md §2 details) and an
 * optional hint (rules the field must follow), both tied to the input for screen readers.
 */
export function FormField(props: {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: (field: FieldProps) => ReactNode;
}) {
  const { id, label, error, hint } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
