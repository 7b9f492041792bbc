import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';

/** The home page for someone signed out: what Ladder is and who it is for. */
export function StartPage() {
  useEffect(() => {
    document.title = 'Ladder – competency and CPD portfolio';
  }, []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Competency and CPD portfolio for social prescribing</h1>
        <p className="nhsuk-lede-text">
          Ladder helps social prescribing link workers, health and wellbeing coaches and care coordinators show their
          competence, and helps their supervisors and employers see progress fairly.
        </p>
        <p>
          <Link to={paths.signIn} className="nhsuk-button">
            Sign in
          </Link>
        </p>
        <h2>Who it is for</h2>
        <ul>
          <li>
            <strong>Supervisors</strong> score observed practice on the 0 to 5 Dreyfus scale against the rubrics and
            sign it off.
          </li>
          <li>
            <strong>Link workers</strong> see their scores over time, their level and exactly what stands between them
            and the next one.
          </li>
          <li>
            <strong>Employers</strong> see each worker&apos;s level on the Somerset ladder and the suggested Agenda for
            Change band and pay point, with the reasons and the gaps.
          </li>
        </ul>
        <p>
          Ladder follows three national frameworks: the Somerset Training &amp; Education Framework, the NHS England
          social prescribing link worker framework and the Competence Framework for Social Prescribing Practitioners in
          Wales.
        </p>
        <p>
          New to Ladder? Your employer sends you an invitation by email.{' '}
          <Link to={paths.frameworks}>Read the frameworks</Link> without signing in.
        </p>
      </div>
    </div>
  );
}
