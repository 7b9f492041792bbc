import type { FrameworkSummaryView as FrameworkSummary } from '../../../lib/api/schema.gen';
import { Card, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';
import { formatPublishedOn } from '../model/labels';
import { paths } from '../../../config/paths';

/** Each framework as a card leading to its current version. */
export function FrameworkList({ frameworks }: { frameworks: readonly FrameworkSummary[] }) {
  return (
    <ul className="nhsuk-list">
      {frameworks.map((framework) => {
        const current = framework.versions.find((version) => version.current);
        const others = framework.versions.length - 1;
        return (
          <li key={framework.key}>
            <Card clickable>
              <Card.Heading headingLevel="h2" className="nhsuk-heading-m">
                <Card.Link asElement={Link} to={paths.frameworkVersion(framework.key, framework.currentVersion)}>
                  {framework.title}
                </Card.Link>
              </Card.Heading>
              <Card.Description>{framework.publisher}</Card.Description>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                <Tag modifier="green">Current</Tag> Version {framework.currentVersion}
                {current && `, published ${formatPublishedOn(current.publishedOn)}`}
                {others > 0 && `. ${others} other ${others === 1 ? 'version' : 'versions'} held`}
              </p>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
