import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FRAMEWORK_KEYS,
  type CrosswalkEntry,
  type FrameworkItem,
  type FrameworkKey,
  type FrameworkSummary,
  type FrameworkVersionSummary,
  type FrameworkVersionView as FrameworkVersionShape,
  type RubricDescriptor,
} from '@ladder/competencies';
import type { ImportedFrameworkVersion } from '../framework.service';

const VERSION_STATUSES = ['draft', 'published'] as const;
const CROSSWALK_RELATIONS = ['isRelatedTo', 'exactMatchOf'] as const;

export class FrameworkVersionSummaryView implements FrameworkVersionSummary {
  @ApiProperty({ example: '2021.1' })
  version!: string;

  @ApiProperty({ enum: VERSION_STATUSES, description: 'Published versions never change.' })
  status!: 'draft' | 'published';

  @ApiProperty({ example: '2021-06', description: 'ISO date, year-month or year.' })
  publishedOn!: string;

  @ApiProperty({ description: 'The version new evidence is recorded against.' })
  current!: boolean;
}

export class FrameworkSummaryView implements FrameworkSummary {
  @ApiProperty({ enum: FRAMEWORK_KEYS })
  key!: FrameworkKey;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  publisher!: string;

  @ApiProperty({ example: '2021.1' })
  currentVersion!: string;

  @ApiProperty({ type: [FrameworkVersionSummaryView] })
  versions!: FrameworkVersionSummaryView[];
}

/** One row of a 0–5 rubric, as printed. */
export class RubricDescriptorView implements RubricDescriptor {
  @ApiProperty({ enum: [0, 1, 2, 3, 4, 5] })
  score!: 0 | 1 | 2 | 3 | 4 | 5;

  @ApiProperty({ example: 'Advanced Beginner' })
  rating!: string;

  @ApiProperty()
  descriptor!: string;
}

/** An item of a framework version's tree, in the source's own wording. */
export class FrameworkItemView implements FrameworkItem {
  @ApiProperty({ example: 'wales-sp:1.2a.s03', description: '`<frameworkKey>:<local path>`, stable across versions.' })
  id!: string;

  @ApiProperty({
    example: 'assessed-competency',
    description: 'The item’s role, e.g. level, area, competency, statement.',
  })
  type!: string;

  @ApiPropertyOptional({ example: '1.2a' })
  code?: string;

  @ApiPropertyOptional()
  title?: string;

  @ApiProperty({ description: 'Verbatim from the source; never empty.' })
  text!: string;

  @ApiPropertyOptional({ type: () => [FrameworkItemView], description: 'Child items in document order.' })
  children?: FrameworkItemView[];

  @ApiPropertyOptional({ type: [RubricDescriptorView], description: 'Exactly six descriptors, scores 0..5 in order.' })
  rubric?: RubricDescriptorView[];

  @ApiPropertyOptional({ description: 'The id of the item’s successor in a later version.' })
  replacedBy?: string;
}

export class CrosswalkRelatedItemView {
  @ApiProperty({ enum: FRAMEWORK_KEYS })
  frameworkKey!: FrameworkKey;

  @ApiProperty()
  frameworkTitle!: string;

  @ApiProperty()
  itemId!: string;

  @ApiPropertyOptional()
  code?: string;

  @ApiPropertyOptional()
  title?: string;

  @ApiProperty()
  text!: string;
}

export class CrosswalkEntryView implements CrosswalkEntry {
  @ApiProperty({ description: 'The item of the version being viewed.' })
  itemId!: string;

  @ApiProperty({
    type: CrosswalkRelatedItemView,
    description: 'The linked item, in the other framework’s current version.',
  })
  related!: CrosswalkRelatedItemView;

  @ApiProperty({ enum: CROSSWALK_RELATIONS })
  relation!: 'isRelatedTo' | 'exactMatchOf';

  @ApiProperty()
  rationale!: string;
}

export class CrosswalkView {
  @ApiProperty()
  version!: string;

  @ApiProperty({ description: 'Says plainly that the crosswalk is Ladder’s own mapping.' })
  notice!: string;

  @ApiProperty({ type: [CrosswalkEntryView] })
  entries!: CrosswalkEntryView[];
}

/** A framework version: metadata, item tree and the crosswalk entries touching its items. */
export class FrameworkVersionView implements FrameworkVersionShape {
  @ApiProperty({ enum: FRAMEWORK_KEYS })
  key!: FrameworkKey;

  @ApiProperty({ example: '2021.1' })
  version!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  publisher!: string;

  @ApiProperty({ example: '2021-06', description: 'ISO date, year-month or year.' })
  publishedOn!: string;

  @ApiProperty({ description: 'Citation of the source document.' })
  source!: string;

  @ApiProperty({ enum: VERSION_STATUSES })
  status!: 'draft' | 'published';

  @ApiProperty({ type: [FrameworkItemView] })
  items!: FrameworkItemView[];

  @ApiProperty({ description: 'The version new evidence is recorded against.' })
  current!: boolean;

  @ApiProperty({ type: CrosswalkView })
  crosswalk!: CrosswalkView;
}

/** A 1EdTech CASE 1.1 CFPackage (JSON binding); its parts follow the CASE specification, not Ladder’s own schema. */
export class CasePackageView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'CFDocument (§7.1.8).' })
  CFDocument!: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } })
  CFItems?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } })
  CFAssociations?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  CFDefinitions?: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } })
  CFRubrics?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  extensions?: Record<string, unknown>;
}

export class ImportedFrameworkVersionView extends FrameworkVersionSummaryView implements ImportedFrameworkVersion {
  @ApiProperty({ enum: FRAMEWORK_KEYS })
  key!: FrameworkKey;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  publisher!: string;
}
