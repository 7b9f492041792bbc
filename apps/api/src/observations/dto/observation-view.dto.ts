import { ApiProperty } from '@nestjs/swagger';
import { FRAMEWORK_KEYS, type FrameworkKey } from '@ladder/competencies';
import {
  OBSERVATION_VARIANTS,
  POSSIBLE_IDENTIFIER_KINDS,
  possibleIdentifiersIn,
  type ObservationVariant,
  type PossibleIdentifier,
  type PossibleIdentifierKind,
} from '@ladder/evidence';
import {
  OBSERVATION_SETTINGS,
  OBSERVATION_STATUSES,
  type ObservationEntity,
  type ObservationSetting,
  type ObservationStatus,
} from '../observation.entity';

export class ObservationItemView {
  @ApiProperty({ example: 'somerset:ac.person-centred-approach' })
  itemId!: string;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 5, example: 3 })
  score!: number | null;

  @ApiProperty({ description: 'Marked not observed: no score, and not counted as evidence.' })
  notObserved!: boolean;

  @ApiProperty({ example: '' })
  evidenceNotes!: string;
}

export class ObservationAmendsView {
  @ApiProperty({ format: 'uuid', description: 'The signed-off observation this one corrects.' })
  observationId!: string;

  @ApiProperty()
  reason!: string;
}

export class ObservationAcknowledgementView {
  @ApiProperty({ type: String, format: 'date-time' })
  acknowledgedAt!: string;

  @ApiProperty({ example: '' })
  comment!: string;
}

export class PossibleIdentifierView {
  @ApiProperty({ example: 'items.0.evidenceNotes', description: 'Where: `strengths`, `items.N.evidenceNotes`…' })
  field!: string;

  @ApiProperty({ enum: POSSIBLE_IDENTIFIER_KINDS })
  kind!: PossibleIdentifierKind;
}

/** An observation as the API shows it (`ObservationView`). */
export class ObservationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  workerId!: string;

  @ApiProperty({ example: 'Sam Patel' })
  workerName!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null while only the worker has planned it.',
  })
  supervisorId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Dr Tom Hughes' })
  supervisorName!: string | null;

  @ApiProperty({ format: 'uuid' })
  plannedById!: string;

  @ApiProperty({ enum: OBSERVATION_VARIANTS })
  variant!: ObservationVariant;

  @ApiProperty({ enum: FRAMEWORK_KEYS })
  frameworkKey!: FrameworkKey;

  @ApiProperty({ example: '2021.1' })
  frameworkVersion!: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-03-02' })
  observedOn!: string;

  @ApiProperty({ enum: OBSERVATION_SETTINGS })
  setting!: ObservationSetting;

  @ApiProperty({ enum: OBSERVATION_STATUSES })
  status!: ObservationStatus;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with a draft save or sign-off.' })
  revision!: number;

  @ApiProperty()
  consentConfirmed!: boolean;

  @ApiProperty({ type: [ObservationItemView], description: 'The planned items, in sheet order.' })
  items!: ObservationItemView[];

  @ApiProperty()
  strengths!: string;

  @ApiProperty()
  developmentAreas!: string;

  @ApiProperty()
  agreedActions!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  signedOffById!: string | null;

  @ApiProperty({ type: String, nullable: true })
  signedOffByName!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  signedOffAt!: string | null;

  @ApiProperty({ type: ObservationAmendsView, nullable: true })
  amends!: ObservationAmendsView | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The amendment that corrects this observation; progression uses the latest version.',
  })
  supersededBy!: string | null;

  @ApiProperty({ type: ObservationAcknowledgementView, nullable: true })
  acknowledgement!: ObservationAcknowledgementView | null;

  @ApiProperty({
    type: [PossibleIdentifierView],
    description: 'Stored text that looks like a patient identifier (saved after confirmation).',
  })
  possibleIdentifiers!: PossibleIdentifier[];
}

export class ObservationHistoryEntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  signedOffAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was amended; null for the original.' })
  reason!: string | null;
}

/** One observation with its amendment chain, oldest first (empty for a draft). */
export class ObservationDetailView extends ObservationView {
  @ApiProperty({ type: [ObservationHistoryEntryView] })
  history!: ObservationHistoryEntryView[];
}

/** The free text of an observation, by field name, as identifier checks and the view name them. */
export function observationTextFields(observation: ObservationEntity): [string, string][] {
  const fields: [string, string][] = [
    ['strengths', observation.strengths],
    ['developmentAreas', observation.developmentAreas],
    ['agreedActions', observation.agreedActions],
  ];
  (observation.items ?? []).forEach((item, index) => fields.push([`items.${index}.evidenceNotes`, item.evidenceNotes]));
  if (observation.acknowledgement) fields.push(['acknowledgement.comment', observation.acknowledgement.comment]);
  return fields;
}

export function toObservationView(
  observation: ObservationEntity,
  supersededBy: string | null,
  today: string,
): ObservationView {
  return {
    id: observation.id,
    workerId: observation.workerId,
    workerName: observation.worker?.fullName ?? '',
    supervisorId: observation.supervisorId,
    supervisorName: observation.supervisor?.fullName ?? null,
    plannedById: observation.plannedById,
    variant: observation.variant,
    frameworkKey: observation.frameworkKey,
    frameworkVersion: observation.frameworkVersion,
    observedOn: observation.observedOn,
    setting: observation.setting,
    status: observation.status,
    revision: observation.revision,
    consentConfirmed: observation.consentConfirmed,
    items: (observation.items ?? []).map((item) => ({
      itemId: item.itemId,
      score: item.score,
      notObserved: item.notObserved,
      evidenceNotes: item.evidenceNotes,
    })),
    strengths: observation.strengths,
    developmentAreas: observation.developmentAreas,
    agreedActions: observation.agreedActions,
    signedOffById: observation.signedOffById,
    signedOffByName: observation.signedOffBy?.fullName ?? null,
    signedOffAt: observation.signedOffAt?.toISOString() ?? null,
    amends:
      observation.amendsId === null
        ? null
        : { observationId: observation.amendsId, reason: observation.amendmentReason ?? '' },
    supersededBy,
    acknowledgement: observation.acknowledgement
      ? {
          acknowledgedAt: observation.acknowledgement.acknowledgedAt.toISOString(),
          comment: observation.acknowledgement.comment,
        }
      : null,
    possibleIdentifiers: possibleIdentifiersIn(observationTextFields(observation), today),
  };
}
