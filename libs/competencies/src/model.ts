/**
 * The shape of a competency framework version as Ladder stores it.
 *
 * A framework version is a tree of items. Every piece of text in the source
 * document is an item, kept in the document's own wording; the item `type`
 * says what role it plays (an area, a competency, an ability statement…).
 * The same shape serves all three national frameworks, so the API, the CASE
 * exchange and the web browser need no per-framework code paths.
 */

/** Stable framework keys. */
export type FrameworkKey = 'somerset' | 'nhse-splw' | 'wales-sp';

/** A score on the Dreyfus scale (Somerset Table 2). */
export type DreyfusScore = 0 | 1 | 2 | 3 | 4 | 5;

/** One row of a 0–5 rubric: the score, its rating name and the descriptor as printed. */
export interface RubricDescriptor {
  score: DreyfusScore;
  /** The rating name as printed, e.g. "Absence", "Advanced Beginner". */
  rating: string;
  /** The descriptor / example as printed in the source. */
  descriptor: string;
}

export interface FrameworkItem {
  /**
   * Stable id, `<frameworkKey>:<local path>`, e.g. `wales-sp:1.2a.s03`.
   * It survives across versions while the item's meaning is unchanged.
   */
  id: string;
  /**
   * What the item is, in kebab-case: e.g. `level`, `area`, `competency`,
   * `assessed-competency`, `domain`, `competence-area`, `subheading`,
   * `statement`, `sub-point`, `skill`, `induction-item`, `key-features`,
   * `interaction`, `scale-point`, `guidance`, `route-to-achieve`, `description`.
   */
  type: string;
  /** The code as printed in the source (e.g. `1.2a`), when it has one. */
  code?: string;
  /** A short name for the item (e.g. a competency's title), when it has one. */
  title?: string;
  /** The item's full text, verbatim from the source. Never empty. */
  text: string;
  /** Child items in document order. */
  children?: FrameworkItem[];
  /** A 0–5 rubric: exactly six descriptors, scores 0..5 in order. */
  rubric?: RubricDescriptor[];
  /** For an item changed or retired in a later version: the id of its successor. */
  replacedBy?: string;
}

export interface FrameworkVersion {
  key: FrameworkKey;
  /** e.g. `2021.1`. */
  version: string;
  title: string;
  publisher: string;
  /** When the source document was published: ISO date (YYYY-MM-DD), year-month (YYYY-MM) or year (YYYY). */
  publishedOn: string;
  /** Human-readable citation of the source document. */
  source: string;
  /** `published` versions are immutable. */
  status: 'draft' | 'published';
  items: FrameworkItem[];
}

/** One pay point: the row for completed years of experience `minYears` up to (not including) `maxYears`. */
export interface PayPoint {
  minYears: number;
  /** `null` for the open-ended last row ("6+"). */
  maxYears: number | null;
  hourlyPence: number;
  annualPounds: number;
}

export interface PayBand {
  band: 3 | 4 | 5;
  points: PayPoint[];
}

export interface PayScale {
  /** Pay year as printed, e.g. `2020/21`. */
  year: string;
  title: string;
  source: string;
  bands: PayBand[];
}

/** A link in Ladder's editorial crosswalk between frameworks. */
export interface CrosswalkLink {
  from: string;
  to: string;
  relation: 'isRelatedTo' | 'exactMatchOf';
  /** Why Ladder links the two, in one or two sentences. */
  rationale: string;
}

export interface Crosswalk {
  version: string;
  /** States plainly that this is Ladder's own mapping, not part of any published framework. */
  notice: string;
  links: CrosswalkLink[];
}
