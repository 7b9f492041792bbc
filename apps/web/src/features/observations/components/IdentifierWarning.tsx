import { Button, WarningCallout } from 'nhsuk-react-components';
import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormProblem } from '../../../lib/field-errors';

export interface IdentifierWarningProps {
  /** One line per field: "Strengths looks like it holds an NHS number", linked to the field. */
  problems: readonly FormProblem[];
  /** Sends the text again, confirming it should be stored as it is. */
  onConfirm: () => void;
  confirmLabel: string;
  busy?: boolean;
  /**
   * Take focus when shown: right after the person pressed a button. Not for an autosave's answer,
   * which arrives while they may be typing elsewhere (the page's save status says it instead).
   */
  autoFocus?: boolean;
}

/** Moves to the field a link names, as the NHS.UK error summary does for its links. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView?.({ block: 'center' });
  field.focus();
}

/**
 * The API found what looks like a patient identifier (an NHS number, a date of birth, a postcode
 * next to a name) and stored nothing. Says which fields and what it found, and asks the person
 * to edit the text or confirm it.
 */
export function IdentifierWarning({
  problems,
  onConfirm,
  confirmLabel,
  busy = false,
  autoFocus = true,
}: IdentifierWarningProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = problems.map((problem) => problem.message).join('\n');
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, signature]);
  return (
    <WarningCallout ref={ref} tabIndex={-1}>
      <WarningCallout.Heading headingLevel="h2">Check for details that could identify someone</WarningCallout.Heading>
      <p>This looks like it may identify the person you were supporting, so it has not been saved:</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.field ? (
              <a href={`#${problem.field}`} onClick={(event) => focusField(event, problem.field as string)}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
      <p>
        Edit the text to take it out. If it is not about the person (for example, a service’s own postcode), confirm it
        should be saved as it is.
      </p>
      <Button type="button" secondary onClick={onConfirm} disabled={busy}>
        {confirmLabel}
      </Button>
    </WarningCallout>
  );
}
