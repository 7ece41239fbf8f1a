// Form fields with their label, hint and error tied together (aria-describedby, aria-invalid), so
// each is announced with its name, its hint and what is wrong with it (WCAG 1.3.1, 3.3.1, 3.3.2).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Extras({ id, hint, error }: Omit<FieldProps, 'label'>) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({ id, label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
      <input id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </div>
  );
}

export function SelectField({ id, label, hint, error, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
      <select id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </div>
  );
}

export function TextAreaField({ id, label, hint, error, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
      <textarea id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...area} />
    </div>
  );
}

export function CheckboxField({ id, label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      <input type="checkbox" id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of radio buttons or checkboxes under one question (fieldset + legend). */
export function Fieldset({ id, legend, hint, error, children }: { id: string; legend: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={describedBy(id, hint, error)} tabIndex={-1}>
      <legend>{legend}</legend>
      <Extras id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
