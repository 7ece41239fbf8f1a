import { Fieldset } from '@caregraph/client-kit/fields';
import type { ReactNode } from 'react';

interface ChoiceGroupProps<T extends string> {
  /** The group's id: the input field it fills, so an error or a missing-field link finds it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Every choice, with its words (the graph's descriptions). */
  options: Readonly<Record<T, string>>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  disabled?: boolean;
}

/** Several choices under one question: checkboxes in a fieldset with its legend, hint and error. */
export function ChoiceGroup<T extends string>({ id, legend, hint, error, options, value, onChange, disabled }: ChoiceGroupProps<T>) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="choices">
        {(Object.keys(options) as T[]).map((option) => (
          <div className="choice" key={option}>
            <input
              type="checkbox"
              id={`${id}-${option}`}
              checked={value.includes(option)}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
            />
            <label htmlFor={`${id}-${option}`}>{options[option]}</label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
