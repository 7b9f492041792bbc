import type { CrosswalkEntryView as CrosswalkEntry, FrameworkVersionView } from '../../../lib/api/schema.gen';
import { InsetText } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';
import { RELATION_LABELS, frameworkShortName, relatedName, textAddsToName } from '../model/labels';
import { Heading } from './Heading';
import { paths } from '../../../config/paths';

export interface CrosswalkSectionProps {
  entries: readonly CrosswalkEntry[];
  crosswalk: Pick<FrameworkVersionView['crosswalk'], 'version' | 'notice'>;
  /** Heading level of the section; the related frameworks and items sit below it. */
  level?: number;
}

/**
 * "Also counts for…": the items of the other frameworks that Ladder's crosswalk
 * links to this one, grouped by framework, each with its relation and Ladder's
 * rationale. The notice says plainly that the mapping is Ladder's, not the publishers'.
 */
export function CrosswalkSection({ entries, crosswalk, level = 2 }: CrosswalkSectionProps) {
  if (entries.length === 0) return null;
  const byFramework = new Map<string, CrosswalkEntry[]>();
  for (const entry of entries) {
    const group = byFramework.get(entry.related.frameworkKey) ?? [];
    group.push(entry);
    byFramework.set(entry.related.frameworkKey, group);
  }
  return (
    <section aria-labelledby="crosswalk-heading">
      <Heading level={level} id="crosswalk-heading">
        Also counts for…
      </Heading>
      <InsetText>
        <p>
          <strong>Ladder’s editorial mapping, not part of any published framework.</strong> {crosswalk.notice}
        </p>
        <p className="nhsuk-body-s">Crosswalk version {crosswalk.version}.</p>
      </InsetText>
      {[...byFramework.values()].map((group) => {
        const { frameworkKey, frameworkTitle } = group[0].related;
        return (
          <section key={frameworkKey}>
            <Heading level={level + 1}>{frameworkShortName(frameworkKey, frameworkTitle)}</Heading>
            <p className="nhsuk-body-s">{frameworkTitle}</p>
            <ul className="nhsuk-list">
              {group.map((entry) => (
                <li key={`${entry.related.itemId}:${entry.relation}`} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <Heading level={level + 2} className="nhsuk-card__heading nhsuk-heading-s">
                      <Link to={paths.frameworkItem(frameworkKey, 'current', entry.related.itemId)}>
                        {relatedName(entry.related)}
                      </Link>
                    </Heading>
                    {textAddsToName(entry.related) && <p>{entry.related.text}</p>}
                    <p className="nhsuk-u-margin-bottom-2">
                      <strong>Relation:</strong> {RELATION_LABELS[entry.relation]}
                    </p>
                    <p className="nhsuk-u-margin-bottom-0">
                      <strong>Why Ladder links them:</strong> {entry.rationale}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
