import type { FrameworkItemView as FrameworkItem } from '../../../lib/api/schema.gen';
import { Details, SummaryList } from 'nhsuk-react-components';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { hasOwnPage, runsOf } from '../model/framework-tree';
import { itemName, textAddsToName, typeLabel } from '../model/labels';
import { Heading } from './Heading';
import { RichText } from './RichText';
import { RubricTable } from './RubricTable';

export interface ItemTreeProps {
  items: readonly FrameworkItem[];
  /** The heading level for sections at this depth. */
  level: number;
  /** The name of the item these are the children of, for table captions. */
  parentName: string;
  /** The address of an item's own page. */
  hrefFor: (itemId: string) => string;
}

/** Short label–value facts, shown together as a summary list (Somerset's Table 1 row for a level). */
const SUMMARY_TYPES = new Set(['career-stage', 'competencies-achieved', 'suggested-pay']);

/** Types that head a part of the document, even without a title of their own. */
const SECTION_TYPES = new Set([
  'subheading',
  'skills-list',
  'training-topic',
  'training-section',
  'induction-item',
  'key-features',
  'interaction',
  'description',
  'route-to-achieve',
  'guidance',
  'core-philosophy',
  'scale',
]);

/** Runs of these are introduced by a heading of their own. */
const GROUP_HEADINGS: Record<string, string> = {
  'induction-item': 'Local induction',
};

function kindOf(item: FrameworkItem): string {
  if (hasOwnPage(item)) return `page:${item.type}`;
  if (SUMMARY_TYPES.has(item.type)) return 'summary';
  // A resource with a name folds away under it; an untitled one is introductory text, shown as it is.
  if (item.type === 'training-resource') return item.title === undefined ? 'paragraph' : 'resource';
  if (item.type === 'scale-point') return 'scale-point';
  if (item.type === 'paragraph') return 'paragraph';
  if (item.title !== undefined || SECTION_TYPES.has(item.type)) return `section:${item.type}`;
  return 'list-item';
}

/**
 * Renders part of a framework's tree: sections with headings in order, statements
 * and points as (nested) lists, training resources as details, 0–5 scales as
 * tables, and items with a page of their own as links to it. A type Ladder does
 * not know still renders: as a section when it has a title, else as a list item.
 */
export function ItemTree({ items, level, parentName, hrefFor }: ItemTreeProps) {
  return (
    <>
      {runsOf(items, kindOf).map((run) => {
        const key = run.items[0].id;
        if (run.kind.startsWith('page:')) {
          return <PageLinks key={key} items={run.items} level={level} hrefFor={hrefFor} />;
        }
        if (run.kind.startsWith('section:')) {
          const groupHeading = GROUP_HEADINGS[run.items[0].type];
          const sections = run.items.map((item) => (
            <ItemSection key={item.id} item={item} level={groupHeading ? level + 1 : level} hrefFor={hrefFor} />
          ));
          if (!groupHeading) return <Fragment key={key}>{sections}</Fragment>;
          return (
            <section key={key}>
              <Heading level={level}>{groupHeading}</Heading>
              {sections}
            </section>
          );
        }
        switch (run.kind) {
          case 'summary':
            return <SummaryFacts key={key} items={run.items} level={level} hrefFor={hrefFor} />;
          case 'resource':
            return <Resources key={key} items={run.items} level={level} parentName={parentName} hrefFor={hrefFor} />;
          case 'scale-point':
            return (
              <RubricTable
                key={key}
                caption={parentName}
                rows={run.items.map((item) => ({
                  score: item.code ?? '',
                  rating: item.title ?? '',
                  descriptor: item.text,
                }))}
              />
            );
          case 'paragraph':
            return (
              <Fragment key={key}>
                {run.items.map((item) => (
                  <Fragment key={item.id}>
                    <RichText text={item.text} />
                    {item.children && (
                      <ItemTree items={item.children} level={level} parentName={itemName(item)} hrefFor={hrefFor} />
                    )}
                  </Fragment>
                ))}
              </Fragment>
            );
          default:
            return <ItemList key={key} items={run.items} level={level} hrefFor={hrefFor} />;
        }
      })}
    </>
  );
}

type RunProps = Omit<ItemTreeProps, 'parentName'>;

function ItemSection({ item, level, hrefFor }: { item: FrameworkItem } & Omit<RunProps, 'items'>) {
  const name = itemName(item);
  return (
    <section>
      <Heading level={level}>{name}</Heading>
      {textAddsToName(item) && <RichText text={item.text} />}
      {item.children && <ItemTree items={item.children} level={level + 1} parentName={name} hrefFor={hrefFor} />}
    </section>
  );
}

function PageLinks({ items, level, hrefFor }: RunProps) {
  return (
    <section>
      <Heading level={level}>{typeLabel(items[0].type, true)}</Heading>
      <ul className="nhsuk-list nhsuk-list--border">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={hrefFor(item.id)}>{itemName(item)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SummaryFacts({ items, level, hrefFor }: RunProps) {
  return (
    <SummaryList>
      {items.map((item) => (
        <SummaryList.Row key={item.id}>
          <SummaryList.Key>{item.title ?? typeLabel(item.type)}</SummaryList.Key>
          <SummaryList.Value>
            <RichText text={item.text} />
            {item.children && (
              <ItemTree items={item.children} level={level + 1} parentName={itemName(item)} hrefFor={hrefFor} />
            )}
          </SummaryList.Value>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}

/**
 * Training resources fold away under their names. A lone resource is usually
 * named generically ("Training & education resources available"), so its summary
 * also says, to screen readers, what it is for; otherwise every one would sound the same.
 */
function Resources({ items, level, parentName, hrefFor }: ItemTreeProps) {
  const details = items.map((item) => (
    <Details key={item.id}>
      <Details.Summary>
        {item.title ?? typeLabel(item.type)}
        {items.length === 1 && <span className="nhsuk-u-visually-hidden"> for {parentName}</span>}
      </Details.Summary>
      <Details.Text>
        <RichText text={item.text} />
        {item.children && (
          <ItemTree items={item.children} level={level + 1} parentName={itemName(item)} hrefFor={hrefFor} />
        )}
      </Details.Text>
    </Details>
  ));
  if (items.length < 2) return <>{details}</>;
  return (
    <section>
      <Heading level={level}>{typeLabel(items[0].type, true)}</Heading>
      {details}
    </section>
  );
}

/** Numbered when the items carry the numbers 1, 2, 3… as their codes, otherwise bulleted. */
function ItemList({ items, level, hrefFor }: RunProps) {
  const numbered = items.every((item, index) => item.code === String(index + 1));
  const ListTag = numbered ? 'ol' : 'ul';
  return (
    <ListTag className={`nhsuk-list ${numbered ? 'nhsuk-list--number' : 'nhsuk-list--bullet'}`}>
      {items.map((item) => (
        <li key={item.id}>
          {item.code && !numbered && <strong>{item.code} </strong>}
          <RichText text={item.text} inline />
          {item.children && (
            <ItemTree items={item.children} level={level} parentName={itemName(item)} hrefFor={hrefFor} />
          )}
        </li>
      ))}
    </ListTag>
  );
}
