import { QueryProblem } from '../../../lib/components/QueryProblem';

/** A failed request for people or assignments: not found, no access, signed out, or a service problem. */
export function PeopleProblem({ error }: { error: Error }) {
  return <QueryProblem error={error} notFoundText="We could not find that person or assignment." />;
}
