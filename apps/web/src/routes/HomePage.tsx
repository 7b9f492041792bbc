import { StartPage } from '../features/about/components/StartPage';
import { Welcome } from '../features/auth/components/Welcome';
import { SuperviseeOverviewSection } from '../features/observations/components/SuperviseeOverview';
import { WorkerObservations } from '../features/observations/components/WorkerObservations';
import { WorkerProgress } from '../features/progression/components/WorkerProgress';
import { useMe, type MeView } from '../lib/api/me';
import { hasRole, isSupervisor, mustSetUpTwoFactor } from '../lib/access';

/**
 * The start page: what Ladder is and who it is for. Signed in, a greeting, then what each role
 * works on (a link worker's level, gaps, scores and observations; a supervisor's supervisees and
 * who is due an observation), then the person's next steps.
 */
export function HomePage() {
  const me = useMe();
  if (me.isPending) {
    return (
      <p role="status" className="nhsuk-body-l">
        Loading…
      </p>
    );
  }
  if (me.data) {
    return (
      <Welcome me={me.data}>
        <RoleSections me={me.data} />
      </Welcome>
    );
  }
  return <StartPage />;
}

function RoleSections({ me }: { me: MeView }) {
  if (mustSetUpTwoFactor(me)) return null;
  return (
    <>
      {hasRole(me, 'link_worker') && (
        <>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <WorkerProgress workerId={me.personId} self />
            </div>
          </div>
          <WorkerObservations workerId={me.personId} self canPlan />
        </>
      )}
      {isSupervisor(me) && <SuperviseeOverviewSection />}
    </>
  );
}
