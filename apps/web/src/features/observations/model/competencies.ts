import { isScorableItem } from '@ladder/evidence';
import type {
  FrameworkItemView as FrameworkItem,
  FrameworkVersionView as FrameworkVersion,
} from '../../../lib/api/schema.gen';

/** One row of a 0–5 scale: "3", "Competent", and what a 3 looks like. */
export interface ScaleRow {
  score: number;
  rating: string;
  descriptor: string;
}

/** A block of guidance beside a competency's scores: its key features, interaction, description… */
export interface AboutSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
}

/** An item an observation can score, with everything the scoring page shows about it. */
export interface Competency {
  id: string;
  /** As legends and summaries name it: "Person Centred Approach", "1.2a Knowledge of…". */
  name: string;
  /** The level, area or domain it sits in. */
  groupId: string | null;
  groupName: string | null;
  /** The competency's own 0–5 rubric (Somerset Appendix 6), else the Dreyfus scale (Somerset Table 2). */
  scale: ScaleRow[];
  ownRubric: boolean;
  about: AboutSection[];
  /** Ancestors' ids, outermost first. */
  ancestors: string[];
  /** A Wales ability statement: scorable, but listed under its competence area rather than offered on its own. */
  statement: boolean;
}

const GROUP_TYPES = new Set(['level', 'area', 'domain']);
const DREYFUS_SCALE_ID = 'somerset:dreyfus-scale';

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

/** How an item is named: its code and title ("1.2a Knowledge of…"), or the start of its text. */
export function itemName(item: Pick<FrameworkItem, 'code' | 'title' | 'text'>): string {
  const name = (item.title ?? firstLine(item.text)).trim();
  if (!item.code || name.startsWith(item.code)) return name;
  return /^\d+$/.test(item.code) ? `${item.code}. ${name}` : `${item.code} ${name}`;
}

function findItem(items: readonly FrameworkItem[], id: string): FrameworkItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const found = item.children ? findItem(item.children, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Somerset Table 2, the Dreyfus scale, as stored in a Somerset version. */
export function dreyfusScale(somerset: Pick<FrameworkVersion, 'items'> | undefined): ScaleRow[] {
  const scale = somerset ? findItem(somerset.items, DREYFUS_SCALE_ID) : undefined;
  return (scale?.children ?? [])
    .filter((point) => point.type === 'scale-point')
    .map((point) => ({ score: Number(point.code), rating: point.title ?? '', descriptor: point.text }));
}

/** The lines of an item's text and its descendants' texts, bullets marked by "• " dropped. */
function textLines(item: FrameworkItem): string[] {
  const own = item.text
    .split('\n')
    .map((line) => line.replace(/^[•-]\s*/, '').trim())
    .filter((line) => line !== '' && line !== item.title);
  return [...own, ...(item.children ?? []).flatMap(textLines)];
}

/**
 * What to show beside a competency's scores: each titled child (Somerset's key features and
 * interaction, NHS England's description and route to achieve) as a section, and any untitled
 * children (Wales's ability statements) together as one.
 */
function aboutSections(item: FrameworkItem): AboutSection[] {
  const sections: AboutSection[] = [];
  const untitled: string[] = [];
  for (const child of item.children ?? []) {
    if (child.title) {
      const lines = textLines(child);
      const [first, ...rest] = lines;
      const hasIntro = child.text.trim() !== '' && child.text.trim() !== child.title && first !== undefined;
      sections.push({
        heading: child.title,
        paragraphs: hasIntro ? [first] : [],
        bullets: hasIntro ? rest : lines,
      });
    } else {
      untitled.push(...textLines(child));
    }
  }
  if (untitled.length > 0) {
    sections.push({
      heading: item.type === 'competence-area' ? 'Ability statements' : 'What it involves',
      paragraphs: [],
      bullets: untitled,
    });
  }
  return sections;
}

/**
 * Every item of a version an observation can score (the API's rule, from `@ladder/evidence`), in document order, with its group, scale
 * and guidance. `table2` is the Dreyfus scale for items without their own rubric.
 */
export function competenciesOf(version: Pick<FrameworkVersion, 'items'>, table2: readonly ScaleRow[]): Competency[] {
  const found: Competency[] = [];
  const walk = (items: readonly FrameworkItem[], ancestors: FrameworkItem[]) => {
    for (const item of items) {
      if (isScorableItem(item)) {
        const group = [...ancestors].reverse().find((ancestor) => GROUP_TYPES.has(ancestor.type)) ?? null;
        found.push({
          id: item.id,
          name: itemName(item),
          groupId: group?.id ?? null,
          groupName: group ? itemName(group) : null,
          scale: item.rubric
            ? item.rubric.map((row) => ({ score: row.score, rating: row.rating, descriptor: row.descriptor }))
            : [...table2],
          ownRubric: item.rubric !== undefined,
          about: aboutSections(item),
          ancestors: ancestors.map((ancestor) => ancestor.id),
          statement: item.type === 'statement',
        });
      }
      if (item.children) walk(item.children, [...ancestors, item]);
    }
  };
  walk(version.items, []);
  return found;
}

export interface CompetencyGroup {
  id: string;
  name: string | null;
  competencies: Competency[];
}

/** Consecutive competencies of the same level, area or domain, for one fieldset each. */
export function groupCompetencies(competencies: readonly Competency[]): CompetencyGroup[] {
  const groups: CompetencyGroup[] = [];
  for (const competency of competencies) {
    const last = groups[groups.length - 1];
    const id = competency.groupId ?? 'ungrouped';
    if (last && last.id === id) last.competencies.push(competency);
    else groups.push({ id, name: competency.groupName, competencies: [competency] });
  }
  return groups;
}
