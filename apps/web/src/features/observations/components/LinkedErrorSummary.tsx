import { ErrorSummary } from 'nhsuk-react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface LinkedProblem {
  message: string;
  /** Where to fix it, on another page of the app (`/observations/…#item-2`). */
  to?: string;
}

/**
 * The NHS.UK error summary for problems fixed on another page (check your answers → the scoring
 * page): each links there. Takes focus when shown, and again after every failed attempt.
 */
export function LinkedErrorSummary({
  problems,
  attempt,
  children,
}: {
  problems: readonly LinkedProblem[];
  attempt: number;
  children?: ReactNode;
}) {
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
        {problems.map((problem, index) => (
          <li key={index}>{problem.to ? <Link to={problem.to}>{problem.message}</Link> : problem.message}</li>
        ))}
      </ErrorSummary.List>
      {children}
    </ErrorSummary>
  );
}
