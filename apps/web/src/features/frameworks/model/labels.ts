import type { FrameworkKey } from '@ladder/competencies';
import type {
  CrosswalkEntryView as CrosswalkEntry,
  FrameworkItemView as FrameworkItem,
  FrameworkVersionView as FrameworkVersion,
} from '../../../lib/api/schema.gen';

/** Short names for breadcrumbs and page titles; the full title is the page heading. */
const SHORT_NAMES: Record<FrameworkKey, string> = {
  somerset: 'Somerset',
  'nhse-splw': 'NHS England SPLW',
  'wales-sp': 'Wales',
};

export function frameworkShortName(key: string, title = key): string {
  return (SHORT_NAMES as Record<string, string | undefined>)[key] ?? title;
}

/** What each known item type is called, singular and as a group. Unknown types get a name made from the type. */
const TYPE_LABELS: Record<string, readonly [singular: string, plural: string]> = {
  // Somerset
  level: ['Level', 'Levels'],
  'career-stage': ['Career level', 'Career levels'],
  'competencies-achieved': ['Competencies achieved', 'Competencies achieved'],
  'suggested-pay': ['Suggested pay', 'Suggested pay'],
  'induction-item': ['Induction item', 'Local induction'],
  'training-resource': ['Training resource', 'Training and education resources'],
  'skills-list': ['Skills list', 'Skills lists'],
  skill: ['Skill', 'Skills'],
  'training-topic': ['Training topic', 'Training topics'],
  'assessed-competency': ['Assessed competency', 'Assessed competencies'],
  'key-features': ['Key features', 'Key features'],
  interaction: ['Interaction', 'Interactions'],
  scale: ['Scale', 'Scales'],
  'scale-point': ['Scale point', 'Scale points'],
  guidance: ['Guidance', 'Guidance'],
  'training-section': ['Training', 'Training'],
  // NHS England
  area: ['Area', 'Areas'],
  competency: ['Competency', 'Competencies'],
  description: ['Description', 'Descriptions'],
  'route-to-achieve': ['Route to achieve', 'Routes to achieve'],
  point: ['Point', 'Points'],
  // Wales
  'core-philosophy': ['Core philosophy', 'Core philosophy'],
  domain: ['Domain', 'Domains'],
  'competence-area': ['Competence area', 'Competence areas'],
  subheading: ['Subheading', 'Subheadings'],
  statement: ['Statement', 'Statements'],
  'sub-point': ['Sub-point', 'Sub-points'],
  paragraph: ['Paragraph', 'Paragraphs'],
};

function humanise(type: string): string {
  const words = type.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Item';
}

export function typeLabel(type: string, plural = false): string {
  const known = TYPE_LABELS[type];
  if (known) return plural ? known[1] : known[0];
  return plural ? `${humanise(type)} items` : humanise(type);
}

function firstParagraph(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * How an item is named in headings, links and breadcrumbs: its title, or else the
 * start of its text, after its code. A bare number as a code reads better with the
 * type in front ("Domain 1: Knowledge"); a printed code such as `1.2a` goes first as is.
 */
export function itemName(item: Pick<FrameworkItem, 'type' | 'code' | 'title' | 'text'>): string {
  const name = truncate(item.title ?? firstParagraph(item.text), 140);
  if (!item.code) return name;
  if (/^\d+$/.test(item.code)) return `${typeLabel(item.type)} ${item.code}: ${name}`;
  return name.startsWith(item.code) ? name : `${item.code} ${name}`;
}

/** The name of the other end of a crosswalk link. */
export function relatedName(related: CrosswalkEntry['related']): string {
  const name = truncate(related.title ?? firstParagraph(related.text), 140);
  return related.code && !name.startsWith(related.code) ? `${related.code} ${name}` : name;
}

export const RELATION_LABELS: Record<CrosswalkEntry['relation'], string> = {
  exactMatchOf: 'Same practice (exact match)',
  isRelatedTo: 'Related practice',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2021-03` → "March 2021"; `2023-12-01` → "1 December 2023"; `2023` → "2023". No time zones involved. */
export function formatPublishedOn(publishedOn: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(publishedOn);
  if (!match) return publishedOn;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function statusLabel(status: FrameworkVersion['status']): string {
  return status === 'published' ? 'Published' : 'Draft';
}

function sameWords(a: string, b: string): boolean {
  const squash = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return squash(a) === squash(b);
}

/** Whether an item's text says more than the name it is shown under (so it must be shown as well). */
export function textAddsToName(item: Pick<FrameworkItem, 'title' | 'text'>): boolean {
  return !sameWords(item.text, item.title ?? truncate(firstParagraph(item.text), 140));
}
