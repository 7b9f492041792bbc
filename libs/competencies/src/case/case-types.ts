/**
 * TypeScript shapes for a 1EdTech CASE 1.1 CFPackage in the REST/JSON
 * binding (CASE Service 1.1 information model, §7.1 "Data Class
 * Descriptions"). Property names are exactly those of the JSON binding,
 * including their capitalisation (`CFItemType`, `CFItemURI`, …).
 *
 * Required-ness follows the information model's multiplicities: `[1]` is a
 * required property, `[0..1]` / `[0..unbounded]` an optional one.
 */

/**
 * A UUID in 8-4-4-4-12 lower-case hex form (CASE `UUID` derived type). Kept as
 * `string` for JSON compatibility; the import checks the pattern.
 */
export type CaseUuid = string;

/** An ISO 8601 date-time, e.g. `2021-03-01T00:00:00Z` (CASE `DateTime`). */
export type CaseDateTime = string;

/** An ISO 8601 calendar date, `YYYY-MM-DD` (CASE `Date`). */
export type CaseDate = string;

/** An extension term: proprietary vocabulary values must start with `ext:`. */
export type CaseExtTerm = `ext:${string}`;

/** CFAssociationTypeEnum (§7.4.1) plus the `ext:` extension pattern (§7.3.1). */
export type CaseAssociationType =
  | 'isChildOf'
  | 'isPeerOf'
  | 'isPartOf'
  | 'exactMatchOf'
  | 'precedes'
  | 'isRelatedTo'
  | 'replacedBy'
  | 'exemplar'
  | 'hasSkillLevel'
  | 'isTranslationOf'
  | CaseExtTerm;

/** The association types CASE 1.1 defines, in spec order. */
export const CASE_ASSOCIATION_TYPES: readonly CaseAssociationType[] = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
];

/**
 * Proprietary extension data (`extensions`, new in CASE 1.1). The binding
 * leaves the content to implementers; in JSON it is an object.
 */
export type CaseExtensions = Record<string, unknown>;

/** LinkURI (§7.1.36): a link-data reference to another CASE object. */
export interface CaseLinkUri {
  title: string;
  identifier: CaseUuid;
  uri: string;
}

/**
 * LinkGenURI (§7.1.35): an association endpoint. Its identifier need not be a
 * UUID because the target may not be a CASE object; `targetType` defaults to
 * `CASE`.
 */
export interface CaseLinkGenUri {
  title: string;
  identifier: string;
  uri: string;
  targetType?: 'CASE' | CaseExtTerm;
}

/** CFPckgDocument (§7.1.24): the package's root CFDocument. */
export interface CaseDocument {
  identifier: CaseUuid;
  uri: string;
  /** New in 1.1; the only predefined value is `CourseCodes`. */
  frameworkType?: string;
  /** New in 1.1; if present MUST be `1.1`. */
  caseVersion?: '1.1';
  creator: string;
  title: string;
  lastChangeDateTime: CaseDateTime;
  officialSourceURL?: string;
  publisher?: string;
  description?: string;
  subject?: string[];
  subjectURI?: CaseLinkUri[];
  language?: string;
  version?: string;
  adoptionStatus?: string;
  statusStartDate?: CaseDate;
  statusEndDate?: CaseDate;
  licenseURI?: CaseLinkUri;
  notes?: string;
  extensions?: CaseExtensions;
}

/** CFPckgItem (§7.1.25): one statement in the framework. */
export interface CaseItem {
  identifier: CaseUuid;
  fullStatement: string;
  alternativeLabel?: string;
  CFItemType?: string;
  uri: string;
  humanCodingScheme?: string;
  /** A NormalizedString, e.g. `"3"`; `sequenceNumber` is the preferred ordering. */
  listEnumeration?: string;
  abbreviatedStatement?: string;
  conceptKeywords?: string[];
  conceptKeywordsURI?: CaseLinkUri;
  notes?: string;
  subject?: string[];
  subjectURI?: CaseLinkUri[];
  language?: string;
  educationLevel?: string[];
  CFItemTypeURI?: CaseLinkUri;
  licenseURI?: CaseLinkUri;
  statusStartDate?: CaseDate;
  statusEndDate?: CaseDate;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFPckgAssociation (§7.1.23): a typed, directed link origin → destination. */
export interface CaseAssociation {
  identifier: CaseUuid;
  associationType: CaseAssociationType;
  /** Orders the origins of associations sharing a destination (e.g. siblings under a parent). */
  sequenceNumber?: number;
  uri: string;
  originNodeURI: CaseLinkGenUri;
  destinationNodeURI: CaseLinkGenUri;
  CFAssociationGroupingURI?: CaseLinkUri;
  lastChangeDateTime: CaseDateTime;
  notes?: string;
  extensions?: CaseExtensions;
}

/** CFItemType (§7.1.16). */
export interface CaseItemType {
  identifier: CaseUuid;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode?: string;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFAssociationGrouping (§7.1.3). */
export interface CaseAssociationGrouping {
  identifier: CaseUuid;
  uri: string;
  title: string;
  description?: string;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFConcept (§7.1.6). */
export interface CaseConcept {
  identifier: CaseUuid;
  uri: string;
  title: string;
  /** Keywords delimited by `]`. */
  keywords?: string;
  hierarchyCode: string;
  description?: string;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFSubject (§7.1.32). */
export interface CaseSubject {
  identifier: CaseUuid;
  uri: string;
  title: string;
  hierarchyCode: string;
  description?: string;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFLicense (§7.1.19). */
export interface CaseLicense {
  identifier: CaseUuid;
  uri: string;
  title: string;
  description?: string;
  licenseText: string;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFDefinition (§7.1.9): the package's CFDefinitions. */
export interface CaseDefinitions {
  CFConcepts?: CaseConcept[];
  CFSubjects?: CaseSubject[];
  CFLicenses?: CaseLicense[];
  CFItemTypes?: CaseItemType[];
  CFAssociationGroupings?: CaseAssociationGrouping[];
  extensions?: CaseExtensions;
}

/** CFRubricCriterionLevel (§7.1.29): one column of a criterion's scale. */
export interface CaseRubricCriterionLevel {
  identifier: CaseUuid;
  uri: string;
  description?: string;
  /** The level's name, e.g. "Advanced Beginner". */
  quality?: string;
  score?: number;
  feedback?: string;
  position?: number;
  rubricCriterionId?: CaseUuid;
  lastChangeDateTime: CaseDateTime;
  extensions?: CaseExtensions;
}

/** CFRubricCriterion (§7.1.27): one row of a rubric, tied to a CFItem. */
export interface CaseRubricCriterion {
  identifier: CaseUuid;
  uri: string;
  category?: string;
  description?: string;
  CFItemURI?: CaseLinkUri;
  weight?: number;
  position?: number;
  rubricId?: CaseUuid;
  lastChangeDateTime: CaseDateTime;
  CFRubricCriterionLevels?: CaseRubricCriterionLevel[];
  extensions?: CaseExtensions;
}

/** CFRubric (§7.1.26). */
export interface CaseRubric {
  identifier: CaseUuid;
  uri: string;
  title?: string;
  description?: string;
  lastChangeDateTime: CaseDateTime;
  CFRubricCriteria?: CaseRubricCriterion[];
  extensions?: CaseExtensions;
}

/** CFPackage (§7.1.21): a whole framework document with all its parts. */
export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems?: CaseItem[];
  CFAssociations?: CaseAssociation[];
  CFDefinitions?: CaseDefinitions;
  CFRubrics?: CaseRubric[];
  extensions?: CaseExtensions;
}
