import { Injectable } from '@nestjs/common';
import type { FrameworkKey, FrameworkVersion } from '@ladder/competencies';
import {
  applyItemChanges,
  newPossibleIdentifiers,
  NOT_READY_TO_SIGN_OFF,
  observationGuidance,
  proposedItemIds,
  sameItemValues,
  scorableItems,
  signOffProblemMessages,
  variantCovers,
  type AppliedItemChanges,
  type ObservationItemChange,
  type ObservationItemValues,
  type PossibleIdentifier,
} from '@ladder/evidence';
import { AccessPolicy, type AccessAction } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { CURRENT_VERSION_ALIAS, FrameworkService } from '../frameworks/framework.service';
import { todayUtc } from '../common/calendar-date';
import { ProgressionService } from '../progression/progression.service';
import type { AcknowledgeObservationDto } from './dto/acknowledge-observation.dto';
import type { AmendObservationDto } from './dto/amend-observation.dto';
import type { CreateObservationDto } from './dto/create-observation.dto';
import type { ObservationPlanView } from './dto/observation-plan-view.dto';
import { toObservationView, type ObservationDetailView, type ObservationView } from './dto/observation-view.dto';
import type { SignOffObservationDto } from './dto/sign-off-observation.dto';
import type { UpdateObservationDto } from './dto/update-observation.dto';
import type { ObservationEntity } from './observation.entity';
import { PossibleIdentifiersError, STALE_DRAFT_MESSAGE } from './observation-errors';
import { ObservationRepository } from './observation.repository';

const SIGNED_OFF_MESSAGE =
  'This observation is signed off and cannot be changed. Record an amendment to correct it; the original stays in its history.';
const CREATE_KEY_REUSED_MESSAGE =
  'This idempotency key was already used to plan another observation. Make a new key for each observation you plan.';
const KEY_REUSED_MESSAGE =
  'This idempotency key was already used for another observation. Make a new key for each sign-off or amendment.';

/**
 * Observations of practice: planning, draft scoring with optimistic locking, sign-off (idempotent),
 * amendment, and the worker's acknowledgement. Every method checks access first; the database
 * enforces that signed-off observations never change.
 */
@Injectable()
export class ObservationService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly observations: ObservationRepository,
    private readonly frameworks: FrameworkService,
    private readonly progression: ProgressionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * What to observe next and the guidance to read first: the Somerset assessed competencies the
   * worker's current and next levels name (from their progression today), with Appendix 6 key
   * features, the scoring instructions and Table 2. The worker, their current supervisors and
   * employer admins.
   */
  async plan(user: SessionUser, workerId: string): Promise<ObservationPlanView> {
    const worker = await this.access.require(user, 'worker.records.read', { personId: workerId });
    const [progress] = await this.progression.storedResults([worker], todayUtc());
    const somerset = await this.frameworks.getVersion('somerset', CURRENT_VERSION_ALIAS);
    const proposed = proposedItemIds(progress, somerset);
    return {
      worker: { id: worker.id, fullName: worker.fullName },
      framework: { key: somerset.key, version: somerset.version },
      proposedItemIds: proposed,
      guidance: observationGuidance(somerset, proposed),
    };
  }

  /** Plans an observation (a draft): a current supervisor of the worker, or the worker themself. */
  async create(user: SessionUser, dto: CreateObservationDto): Promise<ObservationView> {
    const worker = await this.access.require(user, 'observation.plan', { workerId: dto.workerId });
    const selfPlanned = user.personId === dto.workerId;
    const organisationId = worker.organisationId as string;
    const version = await this.publishedVersion(dto.frameworkKey, dto.frameworkVersion);
    const variant = dto.variant ?? 'standard';
    const scorable = scorableItems(version);
    const errors: string[] = [];
    const seen = new Set<string>();
    dto.itemIds.forEach((itemId, index) => {
      const item = scorable.get(itemId);
      if (seen.has(itemId)) errors.push(`itemIds.${index}: "${itemId}" is named more than once`);
      else if (!item) {
        errors.push(
          `itemIds.${index}: "${itemId}" is not an item of ${version.key} ${version.version} that can be scored`,
        );
      } else if (!variantCovers(variant, item)) {
        errors.push(
          `itemIds.${index}: the community-development observation covers NHS England area 3 competencies only, and "${itemId}" is not one`,
        );
      }
      seen.add(itemId);
    });
    if (errors.length > 0) throw new InvalidInputError(errors.join('; '), errors);

    const createKey = dto.idempotencyKey ?? null;
    if (createKey !== null) {
      const earlier = await this.plannedWithKey(organisationId, createKey, worker.id, user);
      if (earlier) return earlier;
    }
    const id = await this.observations.insertDraft(
      {
        organisationId,
        workerId: worker.id,
        plannedById: user.personId,
        supervisorId: selfPlanned ? null : user.personId,
        variant,
        frameworkKey: version.key,
        frameworkVersion: version.version,
        observedOn: dto.observedOn,
        setting: dto.setting,
        consentConfirmed: false,
        strengths: '',
        developmentAreas: '',
        agreedActions: '',
        signOffKey: null,
        createKey,
        amendsId: null,
        amendmentReason: null,
      },
      dto.itemIds.map((itemId) => ({ itemId, score: null, notObserved: false, evidenceNotes: '' })),
    );
    if (id === null) {
      // A request with the same key committed between our look-up and the insert.
      const raced = createKey === null ? null : await this.plannedWithKey(organisationId, createKey, worker.id, user);
      if (raced) return raced;
      throw new Error('A new observation was not stored');
    }
    await this.audit.recordAllowed(
      user,
      'observation.create',
      { type: 'observation', id },
      { workerId: worker.id, variant, items: dto.itemIds.length, selfPlanned },
    );
    return this.view(organisationId, id);
  }

  /**
   * A worker's observations, newest first: all of them for the worker, their current supervisors
   * and employer admins; for anyone else who planned, observed or signed off some of them (a past
   * supervisor), just those.
   */
  async list(user: SessionUser, workerId: string): Promise<ObservationView[]> {
    const { worker, authoredBy } = await this.access.require(user, 'observation.list', { workerId });
    const organisationId = worker.organisationId as string;
    const rows = await this.observations.listForWorker(organisationId, workerId, authoredBy);
    const supersededBy = await this.observations.supersededBy(
      organisationId,
      rows.map((row) => row.id),
    );
    const today = todayUtc();
    return rows.map((row) => toObservationView(row, supersededBy.get(row.id) ?? null, today));
  }

  /** One observation with its amendment history; the same people as {@link list}. */
  async get(user: SessionUser, id: string): Promise<ObservationDetailView> {
    const observation = await this.load(user, id, 'observation.read');
    const chain =
      observation.status === 'draft' ? [] : await this.observations.chain(observation.organisationId, observation.id);
    return {
      ...(await this.toView(observation)),
      history: chain.map((entry) => ({
        id: entry.id,
        signedOffAt: entry.signedOffAt?.toISOString() ?? null,
        reason: entry.reason,
      })),
    };
  }

  /**
   * Saves a draft (autosave): a current supervisor of the worker only — scores are never the
   * worker's. The revision must be the one the caller read; new text that looks like a patient
   * identifier needs `confirmPossibleIdentifiers`.
   */
  async update(user: SessionUser, id: string, dto: UpdateObservationDto): Promise<ObservationView> {
    const observation = await this.load(user, id, 'observation.score');
    if (observation.status !== 'draft') throw new ConflictError(SIGNED_OFF_MESSAGE);
    if (dto.revision !== observation.revision) throw new ConflictError(STALE_DRAFT_MESSAGE);

    const { changed } = itemChangesOrRefuse(observation.items ?? [], dto.items ?? []);
    const next = {
      strengths: dto.strengths ?? observation.strengths,
      developmentAreas: dto.developmentAreas ?? observation.developmentAreas,
      agreedActions: dto.agreedActions ?? observation.agreedActions,
    };
    const today = todayUtc();
    const identifiers = [...summaryIdentifiers(observation, next, today), ...evidenceNoteIdentifiers(changed, today)];
    assertIdentifiersConfirmed(identifiers, dto.confirmPossibleIdentifiers);

    const saved = await this.observations.updateDraft(observation.organisationId, id, dto.revision, {
      ...next,
      consentConfirmed: dto.consentConfirmed ?? observation.consentConfirmed,
      observedOn: dto.observedOn ?? observation.observedOn,
      setting: dto.setting ?? observation.setting,
      supervisorId: observation.supervisorId ?? user.personId,
    });
    if (!saved) throw new ConflictError(STALE_DRAFT_MESSAGE);
    await this.observations.updateItems(
      observation.organisationId,
      id,
      changed.map((change) => change.next),
    );
    await this.audit.recordAllowed(
      user,
      'observation.update',
      { type: 'observation', id },
      { revision: dto.revision + 1, itemsChanged: changed.length, identifiersConfirmed: identifiers.length },
    );
    return this.view(observation.organisationId, id);
  }

  /**
   * Signs a draft off: a current supervisor, at the revision they read, once every planned item is
   * scored or marked not observed. The same idempotency key again answers with the same result.
   */
  async signOff(user: SessionUser, id: string, dto: SignOffObservationDto): Promise<ObservationView> {
    const observation = await this.load(user, id, 'observation.score');
    const organisationId = observation.organisationId;
    const earlier = await this.observations.findBySignOffKey(organisationId, dto.idempotencyKey);
    if (earlier && earlier.id !== id) throw new ConflictError(KEY_REUSED_MESSAGE);
    // A retry of this sign-off (perhaps committed while this request ran): read it afresh, the same result.
    if (earlier) return this.view(organisationId, id);
    if (observation.status !== 'draft') throw new ConflictError('This observation is already signed off.');
    if (dto.revision !== observation.revision) throw new ConflictError(STALE_DRAFT_MESSAGE);
    assertReadyToSignOff(observation.items ?? [], observation, todayUtc());

    const signed = await this.observations.signOff(organisationId, id, dto.revision, user.personId, dto.idempotencyKey);
    if (!signed) {
      // A concurrent request with the same key (a double click) signed it off first: same result.
      const again = await this.observations.findBySignOffKey(organisationId, dto.idempotencyKey);
      if (again?.id === id) return this.view(organisationId, id);
      throw new ConflictError(STALE_DRAFT_MESSAGE);
    }
    await this.audit.recordAllowed(
      user,
      'observation.sign-off',
      { type: 'observation', id },
      {
        revision: dto.revision,
      },
    );
    return this.view(organisationId, id);
  }

  /**
   * Corrects a signed-off observation: a new signed-off observation that amends it, starting from
   * its items and text with the changes applied. A current supervisor only; the latest version of
   * a chain only. The same idempotency key again answers with the same amendment.
   */
  async amend(user: SessionUser, id: string, dto: AmendObservationDto): Promise<ObservationView> {
    const original = await this.load(user, id, 'observation.score');
    const organisationId = original.organisationId;
    const earlier = await this.observations.findBySignOffKey(organisationId, dto.idempotencyKey);
    if (earlier) {
      if (earlier.amendsId === original.id) return this.view(organisationId, earlier.id);
      throw new ConflictError(KEY_REUSED_MESSAGE);
    }
    if (original.status !== 'signed-off') {
      throw new ConflictError('Only a signed-off observation can be amended; save changes to the draft instead.');
    }
    const amendment = (await this.observations.supersededBy(organisationId, [id])).get(id);
    if (amendment) {
      // A retry of the amendment that just committed (its key was not there when we first looked) gets that one.
      const retried = await this.amendmentMadeWithKey(organisationId, original.id, dto.idempotencyKey);
      if (retried) return retried;
      throw new ConflictError(`This observation has already been amended. Amend the latest version (${amendment}).`);
    }

    const items = original.items ?? [];
    const { merged, changed } = itemChangesOrRefuse(items, dto.items ?? []);
    const next = {
      strengths: dto.strengths ?? original.strengths,
      developmentAreas: dto.developmentAreas ?? original.developmentAreas,
      agreedActions: dto.agreedActions ?? original.agreedActions,
    };
    const textChanged = (Object.keys(next) as (keyof typeof next)[]).some((field) => next[field] !== original[field]);
    const itemChanged = changed.some((change) => !sameItemValues(change.previous, change.next));
    if (!textChanged && !itemChanged) {
      const message = 'An amendment must change a score, a not-observed mark, evidence notes or the summary';
      throw new InvalidInputError(message, [message]);
    }
    const today = todayUtc();
    const identifiers = [
      ...newPossibleIdentifiers('reason', '', dto.reason, today),
      ...summaryIdentifiers(original, next, today),
      ...evidenceNoteIdentifiers(changed, today),
    ];
    assertIdentifiersConfirmed(identifiers, dto.confirmPossibleIdentifiers);
    assertReadyToSignOff(merged, original, today);

    const newId = await this.observations.insertDraft(
      {
        organisationId,
        workerId: original.workerId,
        plannedById: original.plannedById,
        supervisorId: original.supervisorId,
        variant: original.variant,
        frameworkKey: original.frameworkKey,
        frameworkVersion: original.frameworkVersion,
        observedOn: original.observedOn,
        setting: original.setting,
        consentConfirmed: original.consentConfirmed,
        ...next,
        signOffKey: dto.idempotencyKey,
        createKey: null,
        amendsId: original.id,
        amendmentReason: dto.reason.trim(),
      },
      merged,
    );
    if (newId === null) {
      // Someone amended it (or used this key) between our checks and the insert.
      const retried = await this.amendmentMadeWithKey(organisationId, original.id, dto.idempotencyKey);
      if (retried) return retried;
      throw new ConflictError(
        'This observation has just been amended by someone else. Reload to see the latest version.',
      );
    }
    if (!(await this.observations.signOff(organisationId, newId, null, user.personId, dto.idempotencyKey))) {
      throw new Error('A new amendment could not be signed off');
    }
    await this.audit.recordAllowed(
      user,
      'observation.amend',
      { type: 'observation', id: newId },
      { amends: original.id, itemsChanged: changed.length, identifiersConfirmed: identifiers.length },
    );
    return this.view(organisationId, newId);
  }

  /**
   * The worker acknowledges a signed-off observation, with an optional comment. Stored apart from
   * the observation (it never changes scores) and only once; the same comment again is a retry.
   */
  async acknowledge(user: SessionUser, id: string, dto: AcknowledgeObservationDto): Promise<ObservationView> {
    const observation = await this.load(user, id, 'observation.acknowledge');
    if (observation.status !== 'signed-off') {
      throw new ConflictError('Only a signed-off observation can be acknowledged.');
    }
    const comment = dto.comment ?? '';
    const identifiers = newPossibleIdentifiers('comment', '', comment, todayUtc());
    assertIdentifiersConfirmed(identifiers, dto.confirmPossibleIdentifiers);
    const inserted =
      !observation.acknowledgement &&
      (await this.observations.insertAcknowledgement({
        observationId: id,
        organisationId: observation.organisationId,
        workerId: observation.workerId,
        comment,
      }));
    if (!inserted) {
      const stored =
        observation.acknowledgement ?? (await this.load(user, id, 'observation.acknowledge')).acknowledgement;
      if (stored?.comment !== comment) {
        throw new ConflictError(
          'You have already acknowledged this observation; an acknowledgement cannot be changed.',
        );
      }
      return this.view(observation.organisationId, id);
    }
    await this.audit.recordAllowed(
      user,
      'observation.acknowledge',
      { type: 'observation', id },
      {
        withComment: comment.length > 0,
      },
    );
    return this.view(observation.organisationId, id);
  }

  /** A stored, published framework version; a bad key or version is the caller's input: 400. */
  private async publishedVersion(key: FrameworkKey, version: string): Promise<FrameworkVersion> {
    let found: FrameworkVersion;
    try {
      found = await this.frameworks.getVersion(key, version);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const message = `frameworkVersion: ${error.message}`;
      throw new InvalidInputError(message, [message]);
    }
    if (found.status !== 'published') {
      const message = `frameworkVersion: ${key} ${found.version} is a draft; observe against a published version`;
      throw new InvalidInputError(message, [message]);
    }
    return found;
  }

  /**
   * The observation, if the caller's organisation holds it (platform admins belong to none), once
   * the access policy allows `action` on it; one it does not hold is a 404 there.
   */
  private async load(
    user: SessionUser,
    id: string,
    action: Extract<AccessAction, 'observation.read' | 'observation.score' | 'observation.acknowledge'>,
  ): Promise<ObservationEntity> {
    const observation = user.organisationId === null ? null : await this.observations.find(user.organisationId, id);
    return this.access.require(user, action, { observationId: id, observation });
  }

  /**
   * The observation this person planned of this worker with this idempotency key (a repeated
   * request), or null if the key is new; a key already used for another observation is a 409.
   */
  private async plannedWithKey(
    organisationId: string,
    createKey: string,
    workerId: string,
    user: SessionUser,
  ): Promise<ObservationView | null> {
    const earlier = await this.observations.findByCreateKey(organisationId, createKey);
    if (!earlier) return null;
    if (earlier.workerId !== workerId || earlier.plannedById !== user.personId) {
      throw new ConflictError(CREATE_KEY_REUSED_MESSAGE);
    }
    return this.view(organisationId, earlier.id);
  }

  /** The amendment of `originalId` made with this idempotency key, if one has been stored meanwhile. */
  private async amendmentMadeWithKey(
    organisationId: string,
    originalId: string,
    idempotencyKey: string,
  ): Promise<ObservationView | null> {
    const made = await this.observations.findBySignOffKey(organisationId, idempotencyKey);
    return made?.amendsId === originalId ? this.view(organisationId, made.id) : null;
  }

  private async view(organisationId: string, id: string): Promise<ObservationView> {
    const observation = await this.observations.find(organisationId, id);
    if (!observation) throw new NotFoundError('Not found');
    return this.toView(observation);
  }

  private async toView(observation: ObservationEntity): Promise<ObservationView> {
    const supersededBy = await this.observations.supersededBy(observation.organisationId, [observation.id]);
    return toObservationView(observation, supersededBy.get(observation.id) ?? null, todayUtc());
  }
}

/**
 * The items after the changes (the rule is `@ladder/evidence`'s applyItemChanges); refused
 * changes are a 400 naming each request field (`items.2.itemId`).
 */
function itemChangesOrRefuse(
  stored: readonly ObservationItemValues[],
  changes: readonly ObservationItemChange[],
): AppliedItemChanges {
  const applied = applyItemChanges(stored, changes);
  if (!applied.ok) throw new InvalidInputError(applied.problems.join('; '), applied.problems);
  return applied;
}

/** Not ready to sign off (`@ladder/evidence`'s rule) is a 400 listing every reason. */
function assertReadyToSignOff(
  items: readonly ObservationItemValues[],
  observation: Pick<ObservationEntity, 'consentConfirmed' | 'observedOn'>,
  today: string,
): void {
  const { consentConfirmed, observedOn } = observation;
  const errors = signOffProblemMessages({ items, consentConfirmed, observedOn }, today);
  if (errors.length > 0) throw new InvalidInputError(NOT_READY_TO_SIGN_OFF, errors);
}

function summaryIdentifiers(
  stored: Pick<ObservationEntity, 'strengths' | 'developmentAreas' | 'agreedActions'>,
  next: Pick<ObservationEntity, 'strengths' | 'developmentAreas' | 'agreedActions'>,
  today: string,
): PossibleIdentifier[] {
  return (['strengths', 'developmentAreas', 'agreedActions'] as const).flatMap((field) =>
    newPossibleIdentifiers(field, stored[field], next[field], today),
  );
}

/** New evidence notes of the changed items that look like a patient identifier. */
function evidenceNoteIdentifiers(changed: AppliedItemChanges['changed'], today: string): PossibleIdentifier[] {
  return changed.flatMap((change) =>
    newPossibleIdentifiers(
      `items.${change.index}.evidenceNotes`,
      change.previous.evidenceNotes,
      change.next.evidenceNotes,
      today,
    ),
  );
}

/** New text that looks like a patient identifier is saved only once the caller confirms it (a 422 until then). */
function assertIdentifiersConfirmed(identifiers: PossibleIdentifier[], confirmed: boolean | undefined): void {
  if (identifiers.length > 0 && confirmed !== true) throw new PossibleIdentifiersError(identifiers);
}
