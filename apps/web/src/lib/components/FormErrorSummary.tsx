import { ErrorSummary } from 'nhsuk-react-components';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { FormProblem } from '../field-errors';

export interface FormErrorSummaryProps {
  problems: readonly FormProblem[];
  /** Changes on every failed submit, so focus moves to the summary each time, not only the first. */
  attempt: number;
}

/**
 * The NHS.UK error summary at the top of a form: "There is a problem", then each
 * problem, linked to its field (or the page to fix it on) when it has one. It takes focus after every
 * failed submit, so screen readers announce it and keyboard users start there.
 */
export function FormErrorSummary({ problems, attempt }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1} disableAutoFocus>
      <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
      <ErrorSummary.List>
        {problems.map((problem, index) =>
          problem.to ? (
            <li key={index}>
              <Link to={problem.to}>{problem.message}</Link>
            </li>
          ) : (
            <ErrorSummary.ListItem key={index} href={problem.field ? `#${problem.field}` : undefined}>
              {problem.message}
            </ErrorSummary.ListItem>
          ),
        )}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
