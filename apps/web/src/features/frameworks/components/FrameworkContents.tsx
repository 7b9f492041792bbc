import type { FrameworkItemView as FrameworkItem } from '../../../lib/api/schema.gen';
import { Card } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';
import { hasOwnPage } from '../model/framework-tree';
import { itemName, textAddsToName, truncate, typeLabel } from '../model/labels';

/** "9 competencies", "3 assessed competencies": what a top-level item leads to. */
function leadsTo(item: FrameworkItem): string | undefined {
  const counts = new Map<string, number>();
  for (const child of item.children ?? []) {
    if (hasOwnPage(child)) counts.set(child.type, (counts.get(child.type) ?? 0) + 1);
  }
  const parts = [...counts].map(([type, n]) => `${n} ${typeLabel(type, n !== 1).toLowerCase()}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** The top of a version's tree (levels, areas, domains…) as cards linking to their pages. */
export function FrameworkContents({
  items,
  hrefFor,
}: {
  items: readonly FrameworkItem[];
  hrefFor: (itemId: string) => string;
}) {
  return (
    <section aria-labelledby="framework-contents-heading">
      <h2 id="framework-contents-heading">Contents</h2>
      <ul className="nhsuk-list">
        {items.map((item) => {
          const summary = leadsTo(item);
          return (
            <li key={item.id}>
              <Card clickable>
                <Card.Heading headingLevel="h3" className="nhsuk-heading-m">
                  <Card.Link asElement={Link} to={hrefFor(item.id)}>
                    {itemName(item)}
                  </Card.Link>
                </Card.Heading>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">
                  {typeLabel(item.type)}
                  {summary && `, ${summary}`}
                </p>
                {textAddsToName(item) && <Card.Description>{truncate(item.text, 220)}</Card.Description>}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
