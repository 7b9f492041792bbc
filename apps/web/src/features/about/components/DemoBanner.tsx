import { useAbout } from '../api/about';

/** Announces demo mode: the embedded database with made-up people, where admins may sign in without a second factor. */
export function DemoBanner() {
  const { data } = useAbout();
  if (!data?.demoMode) return null;
  return (
    <div className="nhsuk-notification-banner ladder-demo-banner" role="region" aria-labelledby="demo-banner-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="demo-banner-title">
          Demo mode
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">
          This is a demonstration of Ladder with made-up people. Do not enter real personal information.
        </p>
      </div>
    </div>
  );
}
