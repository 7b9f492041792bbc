import { QueryProblem } from '../../../lib/components/QueryProblem';

/** A failed request for an observation, a plan or a person: not found, no access, signed out, or a service problem. */
export function ObservationProblem({ error }: { error: Error }) {
  return (
    <QueryProblem error={error} notFoundText="We could not find that observation or person." badAddressIsNotFound />
  );
}
