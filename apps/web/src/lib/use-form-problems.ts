import { useCallback, useState } from 'react';
import type { FormProblem } from './field-errors';

/**
 * A form's problems and its count of failed submits (which moves focus to the
 * error summary each time, see FormErrorSummary).
 */
export function useFormProblems() {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fail = useCallback((found: FormProblem[]) => {
    setProblems(found);
    setAttempt((count) => count + 1);
  }, []);
  const clear = useCallback(() => setProblems([]), []);
  return { problems, attempt, fail, clear };
}
