import { useParams } from 'react-router-dom';
import { WorkerObservations } from '../features/observations/components/WorkerObservations';
import { usePeople } from '../features/people/api/people';
import { WorkerProgress } from '../features/progression/components/WorkerProgress';
import { PageHeading } from '../lib/components/PageHeading';
import { useDocumentTitle } from '../lib/use-document-title';
import { useSignedInPerson } from '../lib/api/me';
import { hasRole, isSupervisor } from '../lib/access';

/**
 * `/people/:id/progression`: a worker's level, gaps, scores and observations, for the worker,
 * their supervisors and their employer admins (the API decides who may see it).
 */
export function ProgressionPage() {
  const { id = '' } = useParams();
  const me = useSignedInPerson();
  const self = me.personId === id;
  // The people the signed-in person may see include every worker whose progress they may see.
  const people = usePeople();
  const name = self ? me.fullName : people.data?.find((person) => person.id === id)?.fullName;
  useDocumentTitle(name ? `${name} – progress and observations` : 'Progress and observations');
  const canPlan = self ? hasRole(me, 'link_worker') : isSupervisor(me);
  if (!self && people.isPending) {
    return (
      <p role="status" className="nhsuk-body-l">
        Loading…
      </p>
    );
  }
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading caption="Progress and observations">{name ?? 'A worker’s progress'}</PageHeading>
          <WorkerProgress workerId={id} self={self} />
        </div>
      </div>
      <WorkerObservations workerId={id} self={self} canPlan={canPlan} />
    </>
  );
}
