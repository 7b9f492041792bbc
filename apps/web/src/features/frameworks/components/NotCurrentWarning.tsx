import { WarningCallout } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';

/** Tells the reader they are looking at an older (or draft) version, with a way to the current one. */
export function NotCurrentWarning({ version, currentHref }: { version: string; currentHref: string }) {
  return (
    <WarningCallout>
      <WarningCallout.Heading headingLevel="h2">Not the current version</WarningCallout.Heading>
      <p>
        You are reading version {version}. New evidence is recorded against the current version.{' '}
        <Link to={currentHref}>Read the current version</Link>
      </p>
    </WarningCallout>
  );
}
