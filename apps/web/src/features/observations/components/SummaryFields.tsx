import { CharacterCount } from 'nhsuk-react-components';
import { MAX_SUMMARY_TEXT, SUMMARY_FIELDS, type SummaryField } from '../model/draft';

export interface SummaryFieldsProps {
  values: Readonly<Record<SummaryField, string>>;
  /** The error message for an input id, if any. */
  errorFor: (inputId: string) => string | undefined;
  onChange: (field: SummaryField, value: string) => void;
}

/** "Overall": strengths, areas for development and agreed actions, when scoring and when amending. */
export function SummaryFields({ values, errorFor, onChange }: SummaryFieldsProps) {
  return (
    <>
      <h2>Overall</h2>
      {SUMMARY_FIELDS.map(({ field, inputId, label, hint }) => (
        <CharacterCount
          key={field}
          id={inputId}
          name={field}
          label={`${label} (optional)`}
          labelProps={{ size: 's' }}
          hint={hint}
          maxLength={MAX_SUMMARY_TEXT}
          rows={5}
          error={errorFor(inputId)}
          value={values[field]}
          onChange={(event) => onChange(field, event.currentTarget.value)}
        />
      ))}
    </>
  );
}
